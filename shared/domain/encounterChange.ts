// One change to a draft encounter, as the screen makes it. Each is saved on its own, so autosave is a
// single small write per click or keystroke burst.
import { z } from 'zod';
import {
  HISTORY_IDS,
  NUMERIC_HISTORY_IDS,
  RED_FLAG_IDS,
  ROOT_LEVELS,
  TEST_IDS,
  URGENCIES,
} from '../clinical/ids';
import { BODY_REGION_IDS, type BodyRegionId } from './bodyChart';
import { RECORD_SIDES, RED_FLAG_ACTIONS, SIDE_RESULTS } from './encounter';
import { noteText, wellFormedText } from './text';

const bodyRegionSchema = z.enum(BODY_REGION_IDS as [BodyRegionId, ...BodyRegionId[]]);

export const encounterChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('test'),
      testId: z.enum(TEST_IDS),
      side: z.enum(RECORD_SIDES),
      /** null clears the side. */
      record: z
        .object({
          result: z.enum(SIDE_RESULTS),
          valueDeg: z.number().finite().min(0).max(180).nullable().default(null),
          level: z.enum(ROOT_LEVELS).nullable().default(null),
          note: noteText(10_000).nullable().default(null),
        })
        .strict()
        .nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('history'),
      id: z.enum(HISTORY_IDS),
      /** true/false for yes/no items, a number for minutes and weeks, null = not asked. */
      value: z.union([z.boolean(), z.number().finite().min(0).max(100_000)]).nullable(),
    })
    .strict()
    .refine(
      (change) =>
        change.value === null ||
        typeof change.value === (isNumericHistoryId(change.id) ? 'number' : 'boolean'),
      {
        message: 'this history item takes yes/no, or a number for minutes and weeks',
        path: ['value'],
      },
    ),
  z
    .object({
      kind: z.literal('redFlag'),
      id: z.enum(RED_FLAG_IDS),
      present: z.boolean().nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('redFlagAction'),
      id: z.enum(RED_FLAG_IDS),
      action: z.enum(RED_FLAG_ACTIONS),
      reason: wellFormedText(2000).pipe(z.string().min(1, 'say what was done or why')),
    })
    .strict(),
  z.object({ kind: z.literal('bodyChart'), regions: z.array(bodyRegionSchema).max(16) }).strict(),
  z
    .object({
      kind: z.literal('fields'),
      presentingComplaint: noteText(20_000).optional(),
      painScore: z.number().int().min(0).max(10).nullable().optional(),
      plan: noteText(20_000).optional(),
      referral: z
        .object({
          recipient: noteText(2000),
          urgency: z.enum(URGENCIES).nullable(),
          notes: noteText(20_000),
        })
        .strict()
        .optional(),
    })
    .strict(),
]);
export type EncounterChange = z.input<typeof encounterChangeSchema>;
export type ParsedEncounterChange = z.output<typeof encounterChangeSchema>;

function isNumericHistoryId(id: string): boolean {
  return (NUMERIC_HISTORY_IDS as readonly string[]).includes(id);
}
