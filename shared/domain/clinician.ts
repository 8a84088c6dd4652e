// Clinicians who sign in, sign encounters and sign letters. The password hash never leaves main.
import { z } from 'zod';
import { wellFormedText } from './text';

export interface Clinician {
  id: string;
  username: string;
  name: string;
  profession: string;
  registration: string;
  createdAt: string;
}

export const passwordSchema = z
  .string()
  .min(8, 'the password must have at least 8 characters')
  .max(200, 'the password must be at most 200 characters');

export const newClinicianSchema = z
  .object({
    username: wellFormedText(60).pipe(
      z
        .string()
        .regex(/^[a-z0-9._-]{2,60}$/i, 'use 2–60 letters, digits, dots, dashes or underscores'),
    ),
    name: wellFormedText(200).pipe(z.string().min(1, 'name is required')),
    profession: wellFormedText(200).pipe(z.string().min(1, 'profession is required')),
    registration: wellFormedText(100).pipe(z.string().min(1, 'registration number is required')),
    password: passwordSchema,
  })
  .strict();
export type NewClinician = z.input<typeof newClinicianSchema>;
