import { describe, expect, it } from 'vitest';
import { rtlPieces, visualOrder } from '../../../main/pdf/text/bidi';
import { findUndrawableCharacters, fontRuns } from '../../../main/pdf/text/coverage';

describe('findUndrawableCharacters', () => {
  it.each([
    ['Polish', 'Łukasiewicz Żaneta'],
    ['Greek', 'Παπαδοπούλου Ελένη'],
    ['Cyrillic', 'Иванов Сергей'],
    ['Arabic', 'محمد عبد الله'],
    ['Chinese', '王小明 患者主诉右髋疼痛'],
    ['Vietnamese diacritics', 'Nguyễn Thị Minh Khai'],
    ['Turkish', 'Şükrü Çağlar'],
  ])('finds nothing to warn about in %s text', (_script, text) => {
    expect(findUndrawableCharacters(text)).toEqual([]);
  });

  it('names each character no shipped font can draw, with its code point and position', () => {
    expect(findUndrawableCharacters('Ann 🦴 ไ')).toEqual([
      { char: '🦴', codePoint: 'U+1F9B4', index: 4 },
      { char: 'ไ', codePoint: 'U+0E44', index: 7 },
    ]);
  });

  it('ignores invisible format characters (joiners, direction marks)', () => {
    expect(findUndrawableCharacters('a\u200Db\u200Fc\uFE0F')).toEqual([]);
  });
});

describe('fontRuns', () => {
  it('switches to the CJK font only for the Chinese characters, keeping spaces with the run', () => {
    expect(fontRuns('Re: 王小明 (ID 7)', 'regular')).toEqual([
      { text: 'Re: ', font: 'sans' },
      { text: '王小明 ', font: 'cjk' },
      { text: '(ID 7)', font: 'sans' },
    ]);
  });

  it('uses the bold face for bold Latin and the regular CJK face for bold Chinese', () => {
    expect(fontRuns('Re 王', 'bold')).toEqual([
      { text: 'Re ', font: 'sans-bold' },
      { text: '王', font: 'cjk' },
    ]);
  });
});

describe('bidi', () => {
  it('reverses runs of odd level into visual order (UBA L2)', () => {
    const pieces = [
      { t: 'Re: ', level: 0 },
      { t: 'A', level: 1 },
      { t: ' ', level: 1 },
      { t: 'B', level: 1 },
      { t: ' (ID)', level: 0 },
    ];
    expect(visualOrder(pieces).map((p) => p.t)).toEqual(['Re: ', 'B', ' ', 'A', ' (ID)']);
  });

  it('keeps numbers inside right-to-left text left to right (level 2 inside level 1)', () => {
    const pieces = [
      { t: 'x', level: 1 },
      { t: '12', level: 2 },
      { t: 'y', level: 1 },
    ];
    expect(visualOrder(pieces).map((p) => p.t)).toEqual(['y', '12', 'x']);
  });

  it('splits an RTL run into words and gaps; mirrors brackets fontkit would not reverse', () => {
    expect(rtlPieces('محمد عبد')).toEqual(['محمد', ' ', 'عبد']);
    expect(rtlPieces('(x)')).toEqual(['(x)']);
  });
});
