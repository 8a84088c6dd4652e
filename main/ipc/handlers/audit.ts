// audit:verify — walks the audit hash chain and reports the first edited or deleted row.
import type { HandlerGroup } from '../types';

export const auditHandlers = {
  'audit:verify': async (_request, context) => {
    const result = await context.store.audit.verify();
    if (!result.ok) context.log.warn('audit_chain_broken', { firstBadRow: result.firstBadRow });
    return result;
  },
} satisfies HandlerGroup;
