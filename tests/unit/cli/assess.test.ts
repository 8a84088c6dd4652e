import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/io';

function fakeIo(stdin = ''): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (chunk) => (out += String(chunk)) },
    stderr: { write: (chunk) => (err += chunk) },
    stdin: (async function* () {
      yield stdin;
    })(),
  };
  return { io, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'hipspine-assess-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const valid = JSON.stringify({
  age: 58,
  sex: 'female',
  history: { loc_groin_anterior_thigh: true, morning_stiffness_minutes: 20 },
  tests: {
    fadir: { result: 'positive', side: 'right' },
    hip_ir_rom: { result: 'positive', side: 'right', value_deg: 12 },
    slr: { result: 'negative', side: 'right' },
  },
  red_flags: [],
  summary: 'ignored free text',
});

describe('hipspine assess', () => {
  it('prints the assessment as 2-space JSON and exits 0', async () => {
    const { io, out, err } = fakeIo();
    expect(await main(['assess', file('ok.json', valid)], io)).toBe(0);
    expect(err()).toBe('');
    const result = JSON.parse(out());
    expect(result.engine_version).toBe('1.0.0');
    expect(result.verdict.primary_source).toBe('hip_joint');
    expect(Array.isArray(result.next_tests)).toBe(true);
    expect(out()).toContain('\n  "verdict": {');
  });

  it('reads standard input with "-"', async () => {
    const { io, out } = fakeIo(valid);
    expect(await main(['assess', '-'], io)).toBe(0);
    expect(JSON.parse(out()).verdict.urgency).toBe('none');
  });

  it('prints a readable summary with --text', async () => {
    const { io, out } = fakeIo();
    expect(await main(['assess', file('ok2.json', valid), '--text'], io)).toBe(0);
    expect(out()).toMatch(/^Verdict: hip_joint/);
    expect(out()).toContain('Next tests:');
  });

  it.each([
    ['malformed JSON', '{"age": 40,', /not valid JSON/],
    [
      'an unknown test id',
      JSON.stringify({ age: 40, history: {}, tests: { fadirr: { result: 'positive' } } }),
      /tests\.fadirr: unknown id/,
    ],
    [
      'an unknown history id',
      JSON.stringify({ age: 40, history: { loc_moon: true }, tests: {} }),
      /history\.loc_moon: unknown id/,
    ],
    [
      'a wrong type',
      JSON.stringify({ age: 40, history: { limp: 'yes' }, tests: {} }),
      /history\.limp:/,
    ],
    [
      'a bad result',
      JSON.stringify({ age: 40, history: {}, tests: { slr: { result: 'maybe' } } }),
      /tests\.slr\.result:/,
    ],
    ['age out of range', JSON.stringify({ age: 130, history: {}, tests: {} }), /age:/],
    [
      'an unknown red flag',
      JSON.stringify({ age: 40, history: {}, tests: {}, red_flags: ['rf_nope'] }),
      /red_flags\.0:/,
    ],
  ])('exits 2 naming the field for %s', async (_label, content, message) => {
    const { io, out, err } = fakeIo();
    expect(await main(['assess', file(`bad-${_label.replace(/\W/g, '')}.json`, content)], io)).toBe(
      2,
    );
    expect(err()).toMatch(message);
    expect(out()).toBe('');
  });

  it('exits 2 for a missing file or missing argument', async () => {
    const missing = fakeIo();
    expect(await main(['assess', join(dir, 'nope.json')], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/cannot read/);
    const none = fakeIo();
    expect(await main(['assess'], none.io)).toBe(2);
    expect(none.err()).toMatch(/Usage/);
  });
});
