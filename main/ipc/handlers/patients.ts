// patients:create, patients:get, patients:search. Writes are made in the signed-in clinician's name.
import { requireClinician } from '../../auth/session';
import { AppError } from '../../../shared/ipc/result';
import type { HandlerGroup } from '../types';

export const patientHandlers = {
  'patients:create': async (request, context) => {
    const clinician = requireClinician(context.session);
    return context.store.patients.create(request, clinician.id);
  },
  'patients:get': async (request, context) => {
    const patient = await context.store.patients.get(request.id);
    if (!patient) throw new AppError('NOT_FOUND', 'This patient is not in the records.');
    return patient;
  },
  'patients:search': async (request, context) =>
    context.store.patients.search(request.query, request.limit),
} satisfies HandlerGroup;
