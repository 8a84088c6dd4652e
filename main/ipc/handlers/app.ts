// app:info — what the renderer needs before anything else: the name, versions, and whether it runs
// in the browser harness (where printing and native dialogs are unavailable).
import { ENGINE_VERSION } from '../../../shared/engine/version';
import type { HandlerGroup } from '../types';

export const appHandlers = {
  'app:info': async (_request, context) => ({
    name: context.app.name,
    version: context.app.version,
    engineVersion: ENGINE_VERSION,
    harness: context.app.harness,
  }),
} satisfies HandlerGroup;
