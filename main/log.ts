// The app's log. Messages are fixed event names with non-identifying fields (ids, counts, codes):
// never a patient's name, date of birth, note or any request payload.
import { appendFileSync } from 'node:fs';

export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function fileLogger(file: string): Logger {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...fields });
    try {
      appendFileSync(file, `${line}\n`);
    } catch {
      // Logging must never take the app down (a full disk is reported by the database instead).
    }
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** Collects lines in memory: for tests that check what would have been logged. */
export function memoryLogger(lines: string[] = []): Logger & { lines: string[] } {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    lines.push(JSON.stringify({ level, event, ...fields }));
  };
  return {
    lines,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
