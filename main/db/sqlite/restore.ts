// Putting a checked backup in place of the records file. The current file (with its -wal and -shm)
// is moved aside first, never deleted, so a restore can itself be undone by hand.
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';

const SUFFIXES = ['', '-wal', '-shm'] as const;

export function asideName(file: string, at: Date): string {
  return `${file}.before-restore-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** Moves the database and its WAL files aside; returns the moves made, to undo them on failure. */
export function moveAside(file: string, at: Date): [string, string][] {
  const base = asideName(file, at);
  const moves: [string, string][] = [];
  for (const suffix of SUFFIXES) {
    const from = `${file}${suffix}`;
    if (!existsSync(from)) continue;
    const to = `${base}${suffix}`;
    renameSync(from, to);
    moves.push([from, to]);
  }
  return moves;
}

export function undoMoves(moves: readonly [string, string][]): void {
  for (const [from, to] of moves) {
    if (existsSync(to)) renameSync(to, from);
  }
}

/** Copies the backup (not a live database) next to the target, syncs it, then renames it in. */
export function installCopy(backup: string, file: string): void {
  const temporary = `${file}.restoring`;
  copyFileSync(backup, temporary);
  const fd = openSync(temporary, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Removes a copy installed by installCopy that then failed to open (with its -wal and -shm). */
export function removeInstalled(file: string): void {
  for (const suffix of SUFFIXES) rmSync(`${file}${suffix}`, { force: true });
}
