// The shape of `window.api`: one async function per channel, returning the wrapped result. The
// preload and the browser harness both build this object from CHANNEL_NAMES.
import type { IpcResult } from './result';
import type { ChannelName, RequestOf, ResponseOf } from './contract';

export type Api = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};
