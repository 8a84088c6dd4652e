// Every handler group, merged into the one table that Electron, the browser harness and tests use.
// Register a group by importing it and adding it to the list (createHandlerTable rejects duplicate
// or unknown channels at start-up).
import { createHandlerTable } from '../registry';
import type { HandlerGroup } from '../types';
import { appHandlers } from './app';

export function buildHandlerTable(): HandlerGroup {
  return createHandlerTable([appHandlers]);
}
