// The session policy's after-request hook: a successful restore ends the session (locked or not),
// a cancelled file dialog (null) or any other channel leaves it; settings changes re-read the
// idle time. The whole path through the runtime is in tests/integration/restore-session.test.ts.
import { describe, expect, it } from 'vitest';
import { createSessionPolicy, isRestore } from '../../../main/auth/policy';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { fakeContext, TEST_CLINICIAN } from '../../helpers/fakeContext';
import { fakeStore } from './fakeStore';

const RESTORED: BackupInfo = {
  path: '/data/backups/hipspine-backup-20250301-100000000.sqlite3',
  createdAt: '2025-03-01T10:00:00.000Z',
  sizeBytes: 4096,
  integrity: 'ok',
};

function setup(options: { locked?: boolean } = {}) {
  const store = fakeStore({ autoLockMinutes: 7 });
  const context = fakeContext({ signedIn: true, store });
  context.session.locked = options.locked ?? false;
  context.session.lastActivityAt = 1_000;
  const policy = createSessionPolicy({ store, session: context.session, clock: context.clock });
  return { context, policy, store };
}

describe('after a request succeeds', () => {
  it.each(['db:restoreFromBackup', 'db:restoreFromChosenFile'] as const)(
    'ends the session after %s, and logs who it was (no audit row naming them)',
    async (channel) => {
      const { context, policy, store } = setup();
      await policy.afterSuccess(channel, RESTORED, context);
      expect(context.session.clinician).toBeNull();
      expect(context.session.locked).toBe(false);
      expect(context.logLines.join('\n')).toContain(
        `"event":"auth_signed_out","clinicianId":"${TEST_CLINICIAN.id}","reason":"restore"`,
      );
      expect(store.auditRows).toEqual([]);
      // The restored settings' idle time applies from the next request.
      expect(policy.minutes()).toBe(7);
    },
  );

  it('ends a locked session too (restored from the recovery screen)', async () => {
    const { context, policy } = setup({ locked: true });
    await policy.afterSuccess('db:restoreFromBackup', RESTORED, context);
    expect(context.session).toMatchObject({ clinician: null, locked: false });
  });

  it('keeps the session when the file dialog was cancelled, and after other channels', async () => {
    const { context, policy } = setup();
    await policy.afterSuccess('db:restoreFromChosenFile', null, context);
    await policy.afterSuccess('backup:create', RESTORED, context);
    await policy.afterSuccess('settings:update', {}, context);
    expect(context.session.clinician).toEqual(TEST_CLINICIAN);
    expect(context.logLines.join('\n')).not.toContain('auth_signed_out');
    expect(policy.minutes()).toBe(7);
  });

  it('says which successful answers are restores', () => {
    expect(isRestore('db:restoreFromBackup', RESTORED)).toBe(true);
    expect(isRestore('db:restoreFromChosenFile', RESTORED)).toBe(true);
    expect(isRestore('db:restoreFromChosenFile', null)).toBe(false);
    expect(isRestore('backup:createInChosenFolder', RESTORED)).toBe(false);
  });
});
