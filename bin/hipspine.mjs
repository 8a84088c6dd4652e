#!/usr/bin/env node
// The `hipspine` command. The CLI is TypeScript run through tsx's loader, so it works right after
// `npm install` without a build step (tsx is a runtime dependency for this reason).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
