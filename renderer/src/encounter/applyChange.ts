// Applies one change to the encounter as held on screen, the same way main applies it to the stored
// draft, so the screen (and the live assessment) move on the keypress, before the save returns.
import type { EncounterContent } from '../../../shared/domain/encounter';
import type { EncounterChange } from '../../../shared/domain/encounterChange';

export function applyChange(
  content: EncounterContent,
  change: EncounterChange,
  at: string,
): EncounterContent {
  switch (change.kind) {
    case 'test': {
      const sides = { ...content.tests[change.testId] };
      if (change.record === null) delete sides[change.side];
      else {
        sides[change.side] = {
          result: change.record.result,
          valueDeg: change.record.valueDeg ?? null,
          level: change.record.level ?? null,
          note: change.record.note ?? null,
          recordedAt: at,
        };
      }
      const tests = { ...content.tests };
      if (Object.keys(sides).length === 0) delete tests[change.testId];
      else tests[change.testId] = sides;
      return { ...content, tests };
    }
    case 'history': {
      const history = { ...content.history } as Record<string, boolean | number>;
      if (change.value === null) delete history[change.id];
      else history[change.id] = change.value;
      return { ...content, history: history as EncounterContent['history'] };
    }
    case 'redFlag': {
      const answers = { ...content.redFlags.answers };
      const actions = { ...content.redFlags.actions };
      if (change.present === null) delete answers[change.id];
      else answers[change.id] = change.present;
      return { ...content, redFlags: { answers, actions } };
    }
    case 'redFlagAction': {
      const actions = {
        ...content.redFlags.actions,
        [change.id]: { action: change.action, reason: change.reason, at },
      };
      return { ...content, redFlags: { ...content.redFlags, actions } };
    }
    case 'bodyChart':
      return { ...content, bodyChart: [...change.regions] };
    case 'fields': {
      const next = { ...content };
      if (change.presentingComplaint !== undefined)
        next.presentingComplaint = change.presentingComplaint;
      if (change.painScore !== undefined) next.painScore = change.painScore;
      if (change.plan !== undefined) next.plan = change.plan;
      if (change.referral !== undefined) next.referral = { ...change.referral };
      return next;
    }
  }
}
