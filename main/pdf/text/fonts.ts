// The fonts the letter embeds. They ship with the app (resources/fonts), never the system's, so a
// letter prints the same on every workstation. DejaVu Sans covers Latin with diacritics, Greek,
// Cyrillic and Arabic; Noto Sans SC covers Chinese. pdfkit embeds only the glyphs used (subsets).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'bold';
/** A font as registered in a pdfkit document (the name given to `doc.registerFont`). */
export type FontKey = 'sans' | 'sans-bold' | 'cjk';

const FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
};

/**
 * Fallback order per style: the first font with a glyph draws the character. Chinese has no bold
 * face here (one Noto weight keeps the app ~10 MB smaller); bold CJK runs print in regular.
 */
export const FALLBACK: Record<FontStyle, readonly FontKey[]> = {
  regular: ['sans', 'cjk'],
  bold: ['sans-bold', 'cjk'],
};

export interface LoadedFont {
  key: FontKey;
  data: Buffer;
  /**
   * Parsed once per process and handed to every document (pdfkit accepts a fontkit font): parsing
   * a font's tables is most of the cost of a small PDF. Each document still makes its own subset.
   */
  face: { hasGlyphForCodePoint(codePoint: number): boolean; layout: unknown };
}

let configuredDir: string | null = null;
const cache = new Map<FontKey, LoadedFont>();

/** The Electron glue points this at the packaged resources folder; tests and the CLI use the default. */
export function configureFontDirectory(dir: string): void {
  configuredDir = dir;
  cache.clear();
  chosen.regular.clear();
  chosen.bold.clear();
}

/** resources/fonts, found by walking up from this file (works from sources and from a bundle). */
export function fontDirectory(): string {
  if (configuredDir) return configuredDir;
  const fromEnv = process.env['HIPSPINE_FONTS_DIR'];
  if (fromEnv) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FILES.sans))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('The letter fonts were not found (resources/fonts is missing).');
}

export function loadFont(key: FontKey): LoadedFont {
  const cached = cache.get(key);
  if (cached) return cached;
  const data = readFileSync(join(fontDirectory(), FILES[key]));
  const face = fontkit.create(data) as unknown as LoadedFont['face'];
  const font: LoadedFont = { key, data, face };
  cache.set(key, font);
  return font;
}

const chosen: Record<FontStyle, Map<number, FontKey | null>> = {
  regular: new Map(),
  bold: new Map(),
};

/** The font that draws this code point in this style, or null when no shipped font can. */
export function fontFor(codePoint: number, style: FontStyle): FontKey | null {
  const known = chosen[style].get(codePoint);
  if (known !== undefined) return known;
  let found: FontKey | null = null;
  for (const key of FALLBACK[style]) {
    if (loadFont(key).face.hasGlyphForCodePoint(codePoint)) {
      found = key;
      break;
    }
  }
  chosen[style].set(codePoint, found);
  return found;
}
