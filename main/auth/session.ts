// Who is signed in at this workstation, and whether the screen is locked. Lives in main only; the
// renderer learns it through `auth:status`.
import type { Clinician } from '../../shared/domain/clinician';
import { AppError } from '../../shared/ipc/result';

export interface Session {
  clinician: Clinician | null;
  locked: boolean;
  /** Epoch ms of the last accepted request; drives the idle auto-lock. */
  lastActivityAt: number;
}

export function newSession(): Session {
  return { clinician: null, locked: false, lastActivityAt: 0 };
}

/** The signed-in, unlocked clinician, or a refusal the screen can act on. */
export function requireClinician(session: Session): Clinician {
  if (!session.clinician) throw new AppError('NOT_SIGNED_IN', 'Please sign in first.');
  if (session.locked)
    throw new AppError('LOCKED', 'The screen is locked: sign in again to continue.');
  return session.clinician;
}
