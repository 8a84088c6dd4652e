// Every handler group, merged into the one table that Electron, the browser harness and tests use.
// Register a group by importing it and adding it to the list (createHandlerTable rejects duplicate
// or unknown channels at start-up; the packaged app also refuses a channel with no handler).
import { createHandlerTable } from '../registry';
import type { HandlerGroup } from '../types';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { clinicianHandlers } from './clinicians';
import { dbHandlers } from './db';
import { encounterHandlers } from './encounters';
import { letterHandlers } from './letters';
import { patientHandlers } from './patients';
import { recoveryHandlers } from './recovery';
import { settingsHandlers } from './settings';

export function buildHandlerTable(): HandlerGroup {
  return createHandlerTable([
    appHandlers,
    dbHandlers,
    recoveryHandlers,
    authHandlers,
    clinicianHandlers,
    patientHandlers,
    encounterHandlers,
    letterHandlers,
    settingsHandlers,
    backupHandlers,
    auditHandlers,
  ]);
}
