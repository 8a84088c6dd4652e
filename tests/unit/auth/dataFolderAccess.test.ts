import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restrictToOwner } from '../../../main/auth/dataFolderAccess';

const dirs: string[] = [];
const umask = process.umask();
afterEach(() => {
  process.umask(umask);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('data folder access (POSIX)', () => {
  it('makes an existing, world-readable data folder owner-only, and new files too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hipspine-access-'));
    dirs.push(dir);
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'hipspine.sqlite3'), 'x');
    chmodSync(join(dir, 'hipspine.sqlite3'), 0o644);
    mkdirSync(join(dir, 'backups'));
    chmodSync(join(dir, 'backups'), 0o775);

    const result = restrictToOwner(dir, 'linux');
    expect(result.applied).toBe(true);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'hipspine.sqlite3'))).toBe(0o600);
    expect(mode(join(dir, 'backups'))).toBe(0o700);
    expect(result.tightened).toHaveLength(3);

    writeFileSync(join(dir, 'letter.pdf'), 'x');
    expect(mode(join(dir, 'letter.pdf'))).toBe(0o600);
    expect(restrictToOwner(dir, 'linux').tightened).toEqual([]);
  });

  it('leaves Windows to its per-user %LOCALAPPDATA% ACL', () => {
    expect(restrictToOwner('C:\\Users\\x\\AppData\\Local\\HipSpine', 'win32')).toEqual({
      applied: false,
      tightened: [],
    });
    expect(process.umask()).toBe(umask);
  });
});
