// Encounters: start a draft, autosave one change at a time, sign, add addenda. `encounters:change`
// resolves only after the change is committed (synchronous=FULL), so the screen's "saved" means
// saved. Signing recomputes the assessment here from the stored draft: the renderer's copy is never
// trusted.
import { requireClinician } from '../../auth/session';
import { assessEncounter } from '../../db/assessment';
import { AppError } from '../../../shared/ipc/result';
import type { HandlerContext, HandlerGroup } from '../types';

const SIGNED_MESSAGE = 'This encounter is signed and cannot change. Add an addendum instead.';

async function requireEncounter(context: HandlerContext, id: string) {
  const encounter = await context.store.encounters.get(id);
  if (!encounter) throw new AppError('NOT_FOUND', 'This encounter is not in the records.');
  return encounter;
}

export const encounterHandlers = {
  'encounters:start': async (request, context) => {
    const clinician = requireClinician(context.session);
    const encounter = await context.store.encounters.start(
      request.patientId,
      clinician.id,
      clinician.id,
    );
    context.log.info('encounter_started', { encounterId: encounter.id });
    return encounter;
  },

  'encounters:get': async (request, context) => requireEncounter(context, request.id),

  'encounters:listForPatient': async (request, context) =>
    context.store.encounters.listForPatient(request.patientId),

  'encounters:listRecent': async (request, context) =>
    context.store.encounters.listRecent(request.limit),

  'encounters:change': async (request, context) => {
    const clinician = requireClinician(context.session);
    // The store refuses a signed encounter too, and the database triggers after it.
    return context.store.encounters.applyChange(request.encounterId, request.change, clinician.id);
  },

  'encounters:sign': async (request, context) => {
    const clinician = requireClinician(context.session);
    const draft = await requireEncounter(context, request.encounterId);
    if (draft.status === 'signed') throw new AppError('SIGNED_READ_ONLY', SIGNED_MESSAGE);
    const patient = await context.store.patients.get(draft.patientId);
    if (!patient) throw new AppError('NOT_FOUND', 'This patient is not in the records.');
    const assessment = assessEncounter(draft, patient);
    const signed = await context.store.encounters.sign(
      draft.id,
      { revision: draft.revision, assessment, engineVersion: assessment.engine_version },
      clinician.id,
    );
    context.log.info('encounter_signed', { encounterId: signed.id });
    return signed;
  },

  'encounters:addAddendum': async (request, context) => {
    const clinician = requireClinician(context.session);
    return context.store.encounters.addAddendum(request.encounterId, request.text, clinician.id);
  },
} satisfies HandlerGroup;
