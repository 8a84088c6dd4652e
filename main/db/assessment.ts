// The assessment main stores at signing and prints in exports: recomputed from the stored draft with
// the engine, never taken from the renderer. Age is counted on the day the encounter started.
import type { Encounter } from '../../shared/domain/encounter';
import type { Patient } from '../../shared/domain/patient';
import { toFindings } from '../../shared/domain/toFindings';
import { assess, type Assessment } from '../../shared/engine';
import type { Findings } from '../../shared/findings/schema';

export function encounterFindings(encounter: Encounter, patient: Patient): Findings {
  return toFindings(
    encounter,
    { birthDate: patient.birthDate, sex: patient.sex },
    encounter.startedAt.slice(0, 10),
  );
}

export function assessEncounter(encounter: Encounter, patient: Patient): Assessment {
  return assess(encounterFindings(encounter, patient));
}
