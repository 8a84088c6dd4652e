// `npm run dist`: installers with electron-builder (needs network for the Electron binaries, so it
// does not run in CI here). Platform targets come from electron.config.ts; pass `--dir` for an
// unpacked folder.
import { build } from 'electron-builder';
import { builderConfig } from '../electron.config';

const files = await build({
  config: builderConfig,
  ...(process.argv.includes('--dir') ? { dir: true } : {}),
  publish: 'never',
});
console.log(files.join('\n'));
