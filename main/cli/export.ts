// `hipspine export ENCOUNTER_ID --db PATH` prints one encounter as the findings format plus the
// patient, clinician, clinic and referral blocks (the file `hipspine letter` reads);
// `hipspine export --patient PATIENT_ID --db PATH` prints a patient's whole record (access
// requests). Each export leaves an audit row, since patient data leaves the app.
import { existsSync } from 'node:fs';
import { buildEncounterExport, buildPatientExport } from '../db/exportRecord';
import { openStore } from '../db/sqlite/open';
import { SYSTEM_ACTOR, type Store } from '../db/store';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliCommand, type CliIo } from './io';

const USAGE = `Usage: hipspine export ENCOUNTER_ID --db PATH
       hipspine export --patient PATIENT_ID --db PATH

Prints one encounter as JSON in the findings format plus "patient", "clinician", "clinic",
"referral", "signed_at" and the assessment (as signed, or computed now for a draft); with
--patient, prints everything stored about one patient.
Exit codes: 0 printed; 1 the records file cannot be opened; 2 bad usage or unknown id.`;

interface ExportArgs {
  db: string;
  encounterId: string | null;
  patientId: string | null;
}

function parseArgs(args: string[]): ExportArgs | null {
  const rest = [...args];
  let db: string | null = null;
  let patientId: string | null = null;
  const positional: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--db' || arg === '--patient') {
      const value = rest.shift();
      if (value === undefined || value.startsWith('--')) return null;
      if (arg === '--db') db = value;
      else patientId = value;
    } else if (arg.startsWith('-')) {
      return null;
    } else {
      positional.push(arg);
    }
  }
  const encounterId = positional[0] ?? null;
  if (db === null || positional.length > 1 || (encounterId === null) === (patientId === null)) {
    return null;
  }
  return { db, encounterId, patientId };
}

async function printExport(store: Store, args: ExportArgs, io: CliIo): Promise<number> {
  if (args.patientId !== null) {
    const record = await buildPatientExport(store, args.patientId, new Date());
    if (!record) {
      io.stderr.write(`hipspine export: no patient with id "${args.patientId}" in this file\n`);
      return EXIT_BAD_INPUT;
    }
    await store.audit.record(
      { action: 'export', entity: 'patient', entityId: args.patientId },
      SYSTEM_ACTOR,
    );
    io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return EXIT_OK;
  }
  const encounterId = args.encounterId as string;
  const record = await buildEncounterExport(store, encounterId);
  if (!record) {
    io.stderr.write(`hipspine export: no encounter with id "${encounterId}" in this file\n`);
    return EXIT_BAD_INPUT;
  }
  await store.audit.record(
    { action: 'export', entity: 'encounter', entityId: encounterId },
    SYSTEM_ACTOR,
  );
  io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  return EXIT_OK;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Print an encounter (findings format + letter blocks) or a patient record as JSON',
  usage: USAGE,
  async run(rawArgs, io) {
    const args = parseArgs(rawArgs);
    if (!args) {
      io.stderr.write(`${USAGE}\n`);
      return EXIT_BAD_INPUT;
    }
    // Never create an empty records file where the user meant an existing one.
    if (!existsSync(args.db)) {
      io.stderr.write(`hipspine export: no records file at ${args.db}\n`);
      return EXIT_BAD_INPUT;
    }
    const store = await openStore({ file: args.db, clock: () => new Date() });
    try {
      const status = store.status();
      if (status.state !== 'ok') {
        io.stderr.write(`hipspine export: ${status.message}\n`);
        return EXIT_FAILURE;
      }
      return await printExport(store, args, io);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'unexpected failure';
      io.stderr.write(`hipspine export: ${message}\n`);
      return EXIT_FAILURE;
    } finally {
      await store.close();
    }
  },
};
