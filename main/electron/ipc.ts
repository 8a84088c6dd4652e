// Wires ipcMain to the dispatcher: exactly the contract's channels, each checking that the sender is
// the app's own main frame before anything is parsed. Electron's `ipcMain` is passed in.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatch';
import { isTrustedSender } from './security';

export function handleInvoke(
  dispatch: Dispatch,
  channel: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    return Promise.resolve(
      fail('FORBIDDEN_SENDER', 'This request did not come from the app window and was refused.'),
    );
  }
  return dispatch(channel, payload);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(dispatch, channel, event, payload),
    );
  }
}
