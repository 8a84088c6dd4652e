import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runDailyBackup } from '../../../main/db/dailyBackup';
import { memoryLogger } from '../../../main/log';
import type { Store } from '../../../main/db/store';
import { seed, tempStore, type TempStore } from './tempStore';

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
  await seed(t.store);
});
afterEach(async () => t.cleanup());

describe('daily backup', () => {
  it('makes one backup per day, keeping the number set in settings, and logs no patient data', async () => {
    const log = memoryLogger();
    const backupsDir = join(t.dir, 'backups');
    await t.store.settings.update({ backupsToKeep: 2 }, 'system');
    for (let day = 0; day < 4; day++) {
      await runDailyBackup({ store: t.store, backupsDir, log });
      await runDailyBackup({ store: t.store, backupsDir, log });
      t.clock.advance(24 * 3_600_000);
    }
    expect(readdirSync(backupsDir)).toHaveLength(2);
    expect(log.lines.filter((l) => l.includes('daily_backup_created'))).toHaveLength(4);
    expect(log.lines.join('')).not.toMatch(/Zolt|Kov/);
  });

  it('logs a store that cannot even report its status instead of rejecting', async () => {
    const log = memoryLogger();
    // The real store, except that asking its status throws (as a closed connection may).
    const broken: Store = Object.create(t.store);
    broken.status = () => {
      throw new Error('closed');
    };
    await expect(
      runDailyBackup({ store: broken, backupsDir: join(t.dir, 'backups'), log }),
    ).resolves.toBeUndefined();
    expect(log.lines.filter((l) => l.includes('daily_backup_failed'))).toHaveLength(1);
  });
});
