// A new patient: the fields a referral letter needs (name, date of birth, sex, identifier).
import { useState, type FormEvent } from 'react';
import { SEXES, type Sex } from '../../../shared/findings/schema';
import { call, errorMessage } from '../api';
import type { Navigate } from '../app/route';

const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not stated',
};

export function NewPatientForm({ navigate }: { navigate: Navigate }) {
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [sex, setSex] = useState<Sex>('female');
  const [identifier, setIdentifier] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patient = await call('patients:create', {
        givenName,
        familyName,
        birthDate,
        sex,
        identifier: identifier.trim() === '' ? null : identifier,
        contact: null,
      });
      navigate({ name: 'patient', patientId: patient.id });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="new-patient-h" className="panel">
      <h2 id="new-patient-h">New patient</h2>
      <form onSubmit={submit} className="form-grid" aria-label="New patient">
        <label className="field">
          <span className="field-label">Given name</span>
          <input
            className="text-input"
            required
            value={givenName}
            onChange={(e) => setGivenName(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Family name</span>
          <input
            className="text-input"
            required
            value={familyName}
            onChange={(e) => setFamilyName(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Date of birth</span>
          <input
            className="text-input"
            type="date"
            required
            value={birthDate}
            onChange={(e) => setBirthDate(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Sex</span>
          <select
            className="text-input"
            value={sex}
            onChange={(e) => setSex(e.target.value as Sex)}
          >
            {SEXES.map((value) => (
              <option key={value} value={value}>
                {SEX_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Identifier (optional)</span>
          <input
            className="text-input"
            value={identifier}
            onChange={(e) => setIdentifier(e.target.value)}
          />
        </label>
        {error && (
          <p className="error-text" role="alert">
            Could not add the patient: {error}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add patient'}
        </button>
      </form>
    </section>
  );
}
