import { describe, expect, it } from 'vitest';
import type { TestId } from '../../../shared/clinical/ids';
import type { TestRecords } from '../../../shared/domain/encounter';
import {
  advance,
  moveSide,
  rangeChange,
  resumeCursor,
} from '../../../renderer/src/tests/recording';

const negative = { result: 'negative', valueDeg: null, level: null, note: null, recordedAt: '' };
const ORDER: TestId[] = ['fadir', 'faber_groin', 'repeated_movement_centralisation', 'hip_scour'];

describe('one key per side', () => {
  it('goes to the other side, then the next test', () => {
    const afterLeft: TestRecords = { fadir: { left: { ...negative } as never } };
    expect(advance({ testId: 'fadir', side: 'left' }, afterLeft, ORDER)).toEqual({
      testId: 'fadir',
      side: 'right',
    });
    const afterBoth: TestRecords = {
      fadir: { left: { ...negative } as never, right: { ...negative } as never },
    };
    expect(advance({ testId: 'fadir', side: 'right' }, afterBoth, ORDER)).toEqual({
      testId: 'faber_groin',
      side: 'left',
    });
  });

  it('an unsided test has one result and moves straight on', () => {
    const records: TestRecords = {
      repeated_movement_centralisation: { midline: { ...negative } as never },
    };
    expect(
      advance({ testId: 'repeated_movement_centralisation', side: 'midline' }, records, ORDER),
    ).toEqual({ testId: 'hip_scour', side: 'left' });
    expect(moveSide({ testId: 'repeated_movement_centralisation', side: 'midline' }, 1)).toEqual({
      testId: 'repeated_movement_centralisation',
      side: 'midline',
    });
  });

  it('stays on the last test at the end of the list', () => {
    const records: TestRecords = {
      hip_scour: { left: { ...negative } as never, right: { ...negative } as never },
    };
    expect(advance({ testId: 'hip_scour', side: 'right' }, records, ORDER)).toEqual({
      testId: 'hip_scour',
      side: 'right',
    });
  });

  it('resumes at the first test with an open side', () => {
    const records: TestRecords = {
      fadir: { left: { ...negative } as never, right: { ...negative } as never },
      faber_groin: { left: { ...negative } as never },
    };
    expect(resumeCursor(records, ORDER)).toEqual({ testId: 'faber_groin', side: 'right' });
  });
});

describe('range entry', () => {
  it('reads hip IR ≤25° as positive (Sutlive) when no result was keyed', () => {
    const change = rangeChange('hip_ir_rom', 'right', 20, undefined);
    expect(change).toMatchObject({ record: { result: 'positive', valueDeg: 20 } });
    expect(rangeChange('hip_ir_rom', 'right', 30, undefined)).toMatchObject({
      record: { result: 'negative' },
    });
  });

  it('keeps a keyed result when the value is typed afterwards', () => {
    const existing = { ...negative, result: 'negative' as const };
    expect(rangeChange('hip_ir_rom', 'left', 10, existing)).toMatchObject({
      record: { result: 'negative', valueDeg: 10 },
    });
  });
});
