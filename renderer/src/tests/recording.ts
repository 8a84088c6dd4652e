// What one key press (P, N, S) or a range entry records, and where the cursor goes next: the other
// side of the same test, then the next test in the order on screen. One key per side is what keeps
// a twelve-test exam on both sides to about two dozen presses.
import type { TestDefinition, TestId } from '../../../shared/clinical';
import { TESTS } from '../../../shared/clinical';
import type {
  RecordSide,
  SideRecord,
  SideResult,
  TestRecords,
} from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';

export interface Cursor {
  testId: TestId;
  side: RecordSide;
}

export function sidesOf(test: TestDefinition): RecordSide[] {
  return test.sided ? ['left', 'right'] : ['midline'];
}

/**
 * Range values at or below which the side counts as positive, as the rules read them
 * (REFERENCE.md §9.3): hip IR ≤25° is the Sutlive item (Sutlive 2008); flexion ≤115° is the ACR
 * item (Altman 1991). The clinician can still change the result by key.
 */
export const RANGE_POSITIVE_AT: Partial<Record<TestId, { deg: number; source: string }>> = {
  hip_ir_rom: { deg: 25, source: 'Sutlive 2008' },
  hip_flexion_rom: { deg: 115, source: 'Altman 1991 (ACR)' },
};

export function resultChange(
  testId: TestId,
  side: RecordSide,
  result: SideResult,
  existing: SideRecord | undefined,
): EncounterChange {
  return {
    kind: 'test',
    testId,
    side,
    record: {
      result,
      valueDeg: existing?.valueDeg ?? null,
      level: existing?.level ?? null,
      note: existing?.note ?? null,
    },
  };
}

/** A range typed in: keeps the side's result if one was recorded, else reads it from the value. */
export function rangeChange(
  testId: TestId,
  side: RecordSide,
  valueDeg: number | null,
  existing: SideRecord | undefined,
): EncounterChange {
  const threshold = RANGE_POSITIVE_AT[testId];
  let result: SideResult = existing?.result ?? 'negative';
  if (!existing && valueDeg !== null && threshold) {
    result = valueDeg <= threshold.deg ? 'positive' : 'negative';
  }
  if (!existing && valueDeg === null) return { kind: 'test', testId, side, record: null };
  return {
    kind: 'test',
    testId,
    side,
    record: {
      result,
      valueDeg,
      level: existing?.level ?? null,
      note: existing?.note ?? null,
    },
  };
}

export function levelChange(
  testId: TestId,
  side: RecordSide,
  level: SideRecord['level'],
  existing: SideRecord | undefined,
): EncounterChange {
  return {
    kind: 'test',
    testId,
    side,
    record: {
      // Naming a level is naming where the deficit is: positive unless already recorded.
      result: existing?.result ?? 'positive',
      valueDeg: existing?.valueDeg ?? null,
      level,
      note: existing?.note ?? null,
    },
  };
}

function firstOpenSide(testId: TestId, records: TestRecords): RecordSide {
  const sides = sidesOf(TESTS[testId]);
  return sides.find((side) => records[testId]?.[side] === undefined) ?? (sides[0] as RecordSide);
}

/** The cursor at a test: its first side with nothing recorded. */
export function cursorAt(testId: TestId, records: TestRecords): Cursor {
  return { testId, side: firstOpenSide(testId, records) };
}

/**
 * After recording `cursor`: the other side if it is still open, else the next test in `order`.
 * `records` already holds the new result.
 */
export function advance(cursor: Cursor, records: TestRecords, order: readonly TestId[]): Cursor {
  const sides = sidesOf(TESTS[cursor.testId]);
  const open = sides.find((side) => side !== cursor.side && !records[cursor.testId]?.[side]);
  if (open) return { testId: cursor.testId, side: open };
  const index = order.indexOf(cursor.testId);
  const next = order[index + 1];
  if (next === undefined) return cursor;
  return cursorAt(next, records);
}

export function moveTest(
  cursor: Cursor,
  records: TestRecords,
  order: readonly TestId[],
  step: 1 | -1,
): Cursor {
  const index = order.indexOf(cursor.testId);
  const next = order[Math.min(order.length - 1, Math.max(0, index + step))];
  if (next === undefined || next === cursor.testId) return cursor;
  return cursorAt(next, records);
}

export function moveSide(cursor: Cursor, step: 1 | -1): Cursor {
  const sides = sidesOf(TESTS[cursor.testId]);
  const index = sides.indexOf(cursor.side);
  const side = sides[Math.min(sides.length - 1, Math.max(0, index + step))];
  return side ? { ...cursor, side } : cursor;
}

/** Where to pick up an exam: the first test in `order` with a side still open. */
export function resumeCursor(records: TestRecords, order: readonly TestId[]): Cursor {
  const open = order.find((id) =>
    sidesOf(TESTS[id]).some((side) => records[id]?.[side] === undefined),
  );
  return cursorAt(open ?? order[0] ?? 'fadir', records);
}
