// `hipspine letter FILE -o OUT.pdf`: in-process for the exit codes and messages, and through the
// real bin twice (two processes) for byte-identical output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli/index';
import type { CliIo } from '../../main/cli/io';
import { FIXTURE_PATH, fixtureJson } from '../unit/pdf/letterFixture';

const BIN = fileURLToPath(new URL('../../bin/hipspine.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hipspine-letter-cli-'));

function fakeIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (chunk) => (out += String(chunk)) },
    stderr: { write: (chunk) => (err += chunk) },
    stdin: (async function* () {})(),
  };
  return { io, out: () => out, err: () => err };
}

function variant(name: string, change: (json: Record<string, unknown>) => void): string {
  const json = fixtureJson();
  change(json);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

async function run(...args: string[]) {
  const { io, out, err } = fakeIo();
  const code = await main(['letter', ...args], io);
  return { code, out: out(), err: err() };
}

describe('hipspine letter', () => {
  it('writes the PDF and reports pages and sha256 (exit 0)', async () => {
    const out = join(dir, 'ok.pdf');
    const result = await run(FIXTURE_PATH, '-o', out);
    expect(result.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.out).toMatch(/ok\.pdf: \d page\(s\), sha256 [0-9a-f]{64}/);
  });

  it('gives byte-identical output for the same file across two processes', () => {
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    execFileSync(process.execPath, [BIN, 'letter', FIXTURE_PATH, '-o', a]);
    execFileSync(process.execPath, [BIN, 'letter', FIXTURE_PATH, '-o', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('names the field of a bad export (exit 2)', async () => {
    const file = variant('bad-dob.json', (json) => {
      delete (json.patient as Record<string, unknown>).birth_date;
    });
    const result = await run(file, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('patient.birth_date');
  });

  it('names an unknown test id (exit 2)', async () => {
    const file = variant('bad-test.json', (json) => {
      (json.tests as Record<string, unknown>).fadirr = { result: 'positive' };
    });
    const result = await run(file, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('tests.fadirr: unknown id');
  });

  it('refuses an unsigned encounter, naming signed_at (exit 2)', async () => {
    const file = variant('unsigned.json', (json) => {
      json.signed_at = null;
    });
    const result = await run(file, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('signed_at');
  });

  it('runs the engine when the export has no assessment', async () => {
    const file = variant('no-assessment.json', (json) => {
      json.assessment = null;
    });
    const out = join(dir, 'computed.pdf');
    const withStored = join(dir, 'stored.pdf');
    expect((await run(file, '-o', out)).code).toBe(0);
    await run(FIXTURE_PATH, '-o', withStored);
    // The fixture's stored assessment is the engine's own output, so the letters are the same.
    expect(readFileSync(out).equals(readFileSync(withStored))).toBe(true);
  });

  it('warns about characters no shipped font can draw', async () => {
    const file = variant('emoji.json', (json) => {
      (json.patient as Record<string, unknown>).name = 'Ann 🦴 Lee';
    });
    const result = await run(file, '-o', join(dir, 'emoji.pdf'));
    expect(result.code).toBe(0);
    expect(result.err).toContain('patient.name: U+1F9B4 cannot be drawn');
  });

  it('exits 2 on malformed JSON, a missing file or missing -o', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect((await run(broken, '-o', join(dir, 'x.pdf'))).code).toBe(2);
    expect((await run(join(dir, 'missing.json'), '-o', join(dir, 'x.pdf'))).code).toBe(2);
    const noOut = await run(FIXTURE_PATH);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('Usage: hipspine letter FILE -o OUT.pdf');
  });

  it('exits 1 when the output cannot be written', async () => {
    const result = await run(FIXTURE_PATH, '-o', join(dir, 'no-such-dir', 'x.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('cannot write');
  });
});
