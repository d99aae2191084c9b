/**
 * "We will let customers know as soon as possible. We guarantee this will be within 72 hours.":
 * a notice bound stated in the same section is the notice's deadline; `asap` is the reading only
 * where no bound is given (eval/README.md, incident notice wordings).
 */
import type { Claim } from './types.ts';

const NOTICE = 'incident.notification';

export function withoutBoundedAsap(claims: Claim[]): Claim[] {
  const bounded = new Set(claims.filter((c) => c.attribute === NOTICE && c.value !== 'asap').map((c) => c.sectionId));
  if (bounded.size === 0) return claims;
  return claims.filter((c) => !(c.attribute === NOTICE && c.value === 'asap' && bounded.has(c.sectionId)));
}
