// Merges the domain handler groups into one table. A channel defined twice, or one the contract
// does not know, is a programming error caught at start-up rather than a silent override.
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/contract';
import { isChannelName } from './dispatch';
import type { HandlerGroup, HandlerTable } from './types';

export function createHandlerTable(groups: readonly HandlerGroup[]): HandlerGroup {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [channel, handler] of Object.entries(group)) {
      if (!isChannelName(channel)) {
        throw new Error(`Handler registered for "${channel}", which is not in the IPC contract.`);
      }
      if (Object.prototype.hasOwnProperty.call(table, channel)) {
        throw new Error(`Two handlers registered for "${channel}".`);
      }
      if (typeof handler !== 'function') {
        throw new Error(`The handler for "${channel}" is not a function.`);
      }
      table[channel] = handler;
    }
  }
  return table as HandlerGroup;
}

/** Contract channels with no handler yet (the dispatcher answers them UNSUPPORTED). */
export function missingChannels(table: HandlerGroup): ChannelName[] {
  return CHANNEL_NAMES.filter((channel) => typeof table[channel] !== 'function');
}

/** The packaged app insists on a complete table; the harness tolerates gaps while features land. */
export function assertComplete(table: HandlerGroup): HandlerTable {
  const missing = missingChannels(table);
  if (missing.length > 0) {
    throw new Error(`No handler for: ${missing.join(', ')}.`);
  }
  return table as HandlerTable;
}
