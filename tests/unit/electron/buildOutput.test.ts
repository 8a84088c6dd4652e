// What `npm run build` emits for Electron: a preload that a sandboxed renderer can load (CommonJS,
// needing only 'electron'), and a main bundle that leaves only native or data-reading packages
// outside. Skipped until the build has run (`npm test` builds before the unit tests).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(import.meta.dirname, '../../../out');
const preloadFile = resolve(out, 'preload/index.cjs');
const mainFile = resolve(out, 'main/index.js');
const built = existsSync(preloadFile) && existsSync(mainFile);

describe.skipIf(!built)('build output (skipped until `npm run build` has run)', () => {
  it('the preload is CommonJS and requires nothing but electron', () => {
    const code = readFileSync(preloadFile, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toContain('exposeInMainWorld("api"');
  });

  it('the main bundle imports only Node built-ins, electron and the native/data packages', () => {
    const code = readFileSync(mainFile, 'utf8');
    const imported = [...code.matchAll(/^import\s[^'"]*["']([^"']+)["']/gm)].map((m) => m[1]);
    const allowed = new Set([
      'electron',
      'better-sqlite3',
      'pdfkit',
      'fontkit',
      'dejavu-fonts-ttf',
    ]);
    for (const name of imported) {
      const bare = (name ?? '').replace(/^node:/, '').split('/')[0] ?? '';
      expect(
        allowed.has(name ?? '') || builtinModules.includes(bare) || allowed.has(bare),
        `unexpected import in out/main/index.js: ${name}`,
      ).toBe(true);
    }
    expect(imported).toContain('electron');
  });
});
