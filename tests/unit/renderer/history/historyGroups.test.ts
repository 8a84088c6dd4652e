import { describe, expect, it } from 'vitest';
import { BOOLEAN_HISTORY_IDS, NUMERIC_HISTORY_IDS } from '../../../../shared/clinical/ids';
import { AREA_FEATURE } from '../../../../shared/domain/bodyChart';
import { HISTORY_GROUPS, NUMBER_ITEMS } from '../../../../renderer/src/history/historyGroups';

describe('history screen covers every history item of the reference', () => {
  it('asks each yes/no item once, unless the body chart sets it', () => {
    const asked = HISTORY_GROUPS.flatMap((group) => group.items);
    const charted = new Set<string>([...Object.values(AREA_FEATURE), 'loc_bilateral_legs']);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.filter((id) => charted.has(id))).toEqual([]);
    expect([...asked, ...charted].sort()).toEqual([...BOOLEAN_HISTORY_IDS].sort());
  });

  it('asks each numeric item', () => {
    expect(NUMBER_ITEMS.map((item) => item.id).sort()).toEqual([...NUMERIC_HISTORY_IDS].sort());
  });
});
