// The pre-signing check: which printed fields hold characters no shipped font can draw. The app
// shows these before the clinician signs, so a letter never carries a silent empty box.
import type { EncounterExport } from '../../shared/domain/exportRecord';
import { findUndrawableCharacters } from './text/coverage';

export interface UndrawableField {
  /** The export field, as a dotted path ("patient.name"). */
  field: string;
  /** The characters, e.g. ["U+1F9B4"], each once. */
  codePoints: string[];
}

/** The free text a letter prints, by field. */
export function printedFields(record: EncounterExport): [string, string][] {
  return [
    ['patient.name', record.patient.name],
    ['patient.identifier', record.patient.identifier ?? ''],
    ['clinician.name', record.clinician.name],
    ['clinician.profession', record.clinician.profession],
    ['clinician.registration', record.clinician.registration],
    ['clinic.name', record.clinic.name],
    ['clinic.address', record.clinic.address],
    ['clinic.phone', record.clinic.phone],
    ['referral.recipient', record.referral.recipient],
    ['referral.notes', record.referral.notes],
    ['presenting_complaint', record.presenting_complaint],
    ['plan', record.plan],
    ...record.addenda.flatMap((a, i): [string, string][] => [
      [`addenda.${i}.author`, a.author],
      [`addenda.${i}.text`, a.text],
    ]),
  ];
}

export function findUndrawableInRecord(record: EncounterExport): UndrawableField[] {
  const out: UndrawableField[] = [];
  for (const [field, text] of printedFields(record)) {
    const found = findUndrawableCharacters(text);
    if (found.length > 0) {
      out.push({ field, codePoints: [...new Set(found.map((c) => c.codePoint))] });
    }
  }
  return out;
}
