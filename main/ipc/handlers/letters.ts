// Referral letters (issue 6): made from a signed encounter, stored with their sha256 (and the PDF,
// so backups carry it), listed, saved and printed. Regenerating a letter gives the same bytes, so
// asking twice for the same encounter returns the letter already stored.
import { requireClinician } from '../../auth/session';
import { buildEncounterExport } from '../../db/exportRecord';
import { AppError } from '../../../shared/ipc/result';
import type { EncounterExport } from '../../../shared/domain/exportRecord';
import type { LetterRecord } from '../../../shared/ipc/contract';
import { letterUrgency } from '../../pdf/compose/request';
import { renderLetterWithInfo } from '../../pdf/letter';
import { LetterInputError, resolveLetterInput } from '../../pdf/letterInput';
import { findUndrawableInRecord } from '../../pdf/undrawable';
import {
  folderLetterOutput,
  installedLetterOutput,
  letterFileName,
  type LetterOutput,
} from '../../pdf/output/letterOutput';
import type { HandlerContext, HandlerGroup } from '../types';

function output(context: HandlerContext): LetterOutput {
  const native = installedLetterOutput();
  return !context.app.harness && native ? native : folderLetterOutput(context.paths.exportsDir);
}

async function requireLetter(
  context: HandlerContext,
  letterId: string,
): Promise<{ letter: LetterRecord; pdf: Uint8Array }> {
  const letter = await context.store.letters.get(letterId);
  const pdf = letter ? await context.store.letters.getPdf(letterId) : null;
  if (!letter || !pdf) throw new AppError('NOT_FOUND', 'This letter is not in the records.');
  return { letter, pdf };
}

/**
 * The export a letter is made from (clinic settings included), for a draft or a signed encounter.
 * letters:create and letters:checkCharacters both use it, so the check sees what will be printed.
 */
async function requireExport(
  context: HandlerContext,
  encounterId: string,
): Promise<EncounterExport> {
  const record = await buildEncounterExport(context.store, encounterId);
  if (!record) throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  if (record.referral.recipient.trim() !== '') return record;
  // A referral that names no recipient goes to the clinic's usual one (Settings).
  const { defaultRecipient } = await context.store.settings.get();
  return { ...record, referral: { ...record.referral, recipient: defaultRecipient } };
}

export const letterHandlers = {
  'letters:create': async (request, context) => {
    const clinician = requireClinician(context.session);
    const record = await requireExport(context, request.encounterId);
    if (record.status !== 'signed') {
      throw new AppError('CONFLICT', 'Sign the encounter before writing its letter.');
    }
    let rendered;
    let urgency: string;
    try {
      const resolved = resolveLetterInput({ record });
      urgency = letterUrgency(record, resolved.assessment);
      rendered = await renderLetterWithInfo({ record });
    } catch (error) {
      if (error instanceof LetterInputError) throw new AppError('CONFLICT', error.message);
      throw error;
    }
    const existing = (await context.store.letters.listForEncounter(record.id)).find(
      (letter) => letter.sha256 === rendered.sha256,
    );
    const letter =
      existing ??
      (await context.store.letters.create(
        {
          encounterId: record.id,
          recipient: record.referral.recipient,
          urgency,
          sha256: rendered.sha256,
          pageCount: rendered.pageCount,
          pdf: rendered.pdf,
        },
        clinician.id,
      ));
    context.log.info('letter_created', { letterId: letter.id, pages: rendered.pageCount });
    return { ...letter, pdfBase64: rendered.pdf.toString('base64') };
  },

  // Run on the draft before signing, over exactly the record letters:create will print, so the
  // clinician learns of an empty box in the letter while the text can still be changed.
  'letters:checkCharacters': async (request, context) => {
    requireClinician(context.session);
    return findUndrawableInRecord(await requireExport(context, request.encounterId));
  },

  'letters:listForEncounter': async (request, context) =>
    context.store.letters.listForEncounter(request.encounterId),

  'letters:saveAs': async (request, context) => {
    requireClinician(context.session);
    const { letter, pdf } = await requireLetter(context, request.letterId);
    const path = await output(context).saveAs(pdf, letterFileName(letter.id, letter.createdAt));
    if (path !== null) context.log.info('letter_saved', { letterId: letter.id });
    return path === null ? null : { path };
  },

  'letters:print': async (request, context) => {
    requireClinician(context.session);
    const { letter, pdf } = await requireLetter(context, request.letterId);
    if (context.app.harness || !installedLetterOutput()) {
      throw new AppError(
        'UNSUPPORTED',
        'Printing needs the desktop app. Save the letter and print it from your PDF viewer.',
      );
    }
    await output(context).print(pdf, letterFileName(letter.id, letter.createdAt));
    context.log.info('letter_printed', { letterId: letter.id });
    return null;
  },
} satisfies HandlerGroup;
