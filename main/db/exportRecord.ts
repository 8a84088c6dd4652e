// Builds the export of one encounter (shared/domain/exportRecord.ts: the findings format plus the
// blocks a letter needs) and the whole record of one patient (for access requests). The signed
// snapshot is used as stored; a draft gets the engine's assessment of its current content.
import type { Encounter } from '../../shared/domain/encounter';
import type { EncounterExport } from '../../shared/domain/exportRecord';
import type { Patient } from '../../shared/domain/patient';
import { patientDisplayName } from '../../shared/domain/patient';
import type { LetterRecord } from '../../shared/ipc/contract';
import { assessEncounter, encounterFindings } from './assessment';
import type { Store } from './store';

export async function buildEncounterExport(
  store: Store,
  encounterId: string,
): Promise<EncounterExport | null> {
  const encounter = await store.encounters.get(encounterId);
  if (!encounter) return null;
  const patient = await store.patients.get(encounter.patientId);
  const clinician = await store.clinicians.get(encounter.clinicianId);
  if (!patient || !clinician) return null;
  const settings = await store.settings.get();
  const signed = encounter.status === 'signed';
  const assessment = signed ? encounter.assessmentSnapshot : assessEncounter(encounter, patient);
  return {
    ...encounterFindings(encounter, patient),
    id: encounter.id,
    status: encounter.status,
    started_at: encounter.startedAt,
    signed_at: encounter.signedAt,
    patient: {
      id: patient.id,
      name: patientDisplayName(patient),
      given_name: patient.givenName,
      family_name: patient.familyName,
      birth_date: patient.birthDate,
      identifier: patient.identifier,
    },
    clinician: {
      id: clinician.id,
      name: clinician.name,
      profession: clinician.profession,
      registration: clinician.registration,
    },
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      logo: settings.clinicLogo,
      paper_size: settings.paperSize,
    },
    referral: { ...encounter.referral },
    body_chart: [...encounter.bodyChart],
    pain_score: encounter.painScore,
    presenting_complaint: encounter.presentingComplaint,
    plan: encounter.plan,
    assessment: assessment ?? null,
    engine_version: signed
      ? encounter.engineVersion
      : ((assessment as { engine_version?: string } | null)?.engine_version ?? null),
    addenda: encounter.addenda.map((a) => ({
      author: a.clinicianName,
      text: a.text,
      created_at: a.createdAt,
    })),
  };
}

export interface PatientRecordExport {
  exported_at: string;
  patient: Patient;
  encounters: (Encounter & { letters: LetterRecord[] })[];
}

/** Everything stored about one patient, as JSON (letters by record and hash; PDFs stay inside). */
export async function buildPatientExport(
  store: Store,
  patientId: string,
  now: Date,
): Promise<PatientRecordExport | null> {
  const patient = await store.patients.get(patientId);
  if (!patient) return null;
  const summaries = await store.encounters.listForPatient(patientId);
  const encounters: PatientRecordExport['encounters'] = [];
  for (const summary of [...summaries].reverse()) {
    const encounter = await store.encounters.get(summary.id);
    if (!encounter) continue;
    encounters.push({ ...encounter, letters: await store.letters.listForEncounter(encounter.id) });
  }
  return { exported_at: now.toISOString(), patient, encounters };
}
