// A patient as the app stores and shows them. Names are free Unicode text (any script).
import { z } from 'zod';
import { SEXES, type Sex } from '../findings/schema';
import { isoDateSchema, wellFormedText } from './text';

export interface Patient {
  id: string;
  givenName: string;
  familyName: string;
  /** ISO calendar date, YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
  /** Clinic or national identifier (e.g. NHS number); optional. */
  identifier: string | null;
  contact: string | null;
  createdAt: string;
  updatedAt: string;
}

export const newPatientSchema = z
  .object({
    givenName: wellFormedText(200).pipe(z.string().min(1, 'given name is required')),
    familyName: wellFormedText(200).pipe(z.string().min(1, 'family name is required')),
    birthDate: isoDateSchema,
    sex: z.enum(SEXES),
    identifier: wellFormedText(100).nullable().default(null),
    contact: wellFormedText(1000).nullable().default(null),
  })
  .strict();
export type NewPatient = z.input<typeof newPatientSchema>;

export function patientDisplayName(patient: Pick<Patient, 'givenName' | 'familyName'>): string {
  return `${patient.givenName} ${patient.familyName}`;
}
