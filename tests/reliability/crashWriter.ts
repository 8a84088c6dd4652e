// The child process of the crash test: opens the records, then autosaves changes as fast as it can,
// printing one "ack" line after each COMMIT returned. The parent kills it with SIGKILL at a random
// moment and checks that every acknowledged write survived. Changes alternate between the plan
// (odd revisions: "p<revision>") and a test note (even revisions: "t<revision>"), so the parent can
// tell from the revision exactly what a whole, unpartial encounter must contain.
// (stdout to a pipe is synchronous on Linux: an ack line is out before the next write starts.)
import { openStore } from '../../main/db/sqlite/open';

async function main(): Promise<void> {
  const [file, clinicianId, patientId] = process.argv.slice(2);
  if (!file || !clinicianId || !patientId) {
    throw new Error('usage: crashWriter FILE CLINICIAN PATIENT');
  }
  const store = await openStore({ file, clock: () => new Date() });
  if (store.status().state !== 'ok') {
    process.stdout.write(`status ${store.status().state}\n`);
    process.exit(3);
  }
  process.stdout.write('ready\n');
  for (;;) {
    const encounter = await store.encounters.start(patientId, clinicianId, clinicianId);
    process.stdout.write(`start ${encounter.id}\n`);
    const changes = 5 + Math.floor(Math.random() * 20);
    for (let revision = 1; revision <= changes; revision++) {
      const receipt =
        revision % 2 === 1
          ? await store.encounters.applyChange(
              encounter.id,
              { kind: 'fields', plan: `p${revision}` },
              clinicianId,
            )
          : await store.encounters.applyChange(
              encounter.id,
              {
                kind: 'test',
                testId: 'fadir',
                side: 'left',
                record: { result: 'positive', valueDeg: null, level: null, note: `t${revision}` },
              },
              clinicianId,
            );
      process.stdout.write(`ack ${encounter.id} ${receipt.revision}\n`);
    }
    if (Math.random() < 0.5) {
      const current = await store.encounters.get(encounter.id);
      await store.encounters.sign(
        encounter.id,
        {
          revision: current?.revision ?? 0,
          assessment: { test: true },
          engineVersion: 'crash-test',
        },
        clinicianId,
      );
      process.stdout.write(`signed ${encounter.id}\n`);
    }
  }
}

void main();
