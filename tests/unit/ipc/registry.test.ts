import { describe, expect, it } from 'vitest';
import { buildHandlerTable } from '../../../main/ipc/handlers/index';
import { assertComplete, createHandlerTable, missingChannels } from '../../../main/ipc/registry';
import type { HandlerGroup } from '../../../main/ipc/types';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';

const info: HandlerGroup = {
  'app:info': async () => ({ name: 'x', version: '1', engineVersion: '1', harness: false }),
};

describe('createHandlerTable', () => {
  it('merges groups', () => {
    const table = createHandlerTable([info, { 'backup:list': async () => [] }]);
    expect(Object.keys(table).sort()).toEqual(['app:info', 'backup:list']);
  });

  it('throws on a channel registered twice', () => {
    expect(() => createHandlerTable([info, info])).toThrow(
      /Two handlers registered for "app:info"/,
    );
  });

  it('throws on a channel the contract does not know', () => {
    const stray = { 'patients:delete': async () => null } as unknown as HandlerGroup;
    expect(() => createHandlerTable([stray])).toThrow(/not in the IPC contract/);
  });

  it('lists missing channels, and assertComplete refuses an incomplete table', () => {
    const table = createHandlerTable([info]);
    expect(missingChannels(table)).toEqual(CHANNEL_NAMES.filter((c) => c !== 'app:info'));
    expect(() => assertComplete(table)).toThrow(/No handler for: /);
  });

  it("the app's own table builds without duplicates and serves only contract channels", () => {
    const table = buildHandlerTable();
    for (const channel of Object.keys(table)) expect(CHANNEL_NAMES).toContain(channel);
    expect(table['app:info']).toBeTypeOf('function');
  });

  it("the app's own table answers every contract channel (Electron refuses to start otherwise)", () => {
    expect(missingChannels(buildHandlerTable())).toEqual([]);
  });
});
