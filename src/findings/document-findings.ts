/**
 * Every finding of one document: the rules of the engine plus the risk flags of its claims,
 * each with its source line and column. `seckb check`, the KB builder and the site's draft
 * checker all call this, so they report the same things.
 */
import { extractClaims } from '../claims/extract.ts';
import { riskFindings } from './risks.ts';
import type { Claim } from '../claims/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import type { Locale } from '../i18n/index.ts';
import { checkDocumentIn, type CheckOptions, type Messages } from './engine.ts';
import { lineColumn } from './position.ts';
import { sortFindings } from './postprocess.ts';
import type { Finding } from './types.ts';

export function documentFindings(doc: SeckbDocument, opts: CheckOptions & { claims?: Claim[] } = {}): Finding[] {
  return documentFindingsIn(doc, opts, []).findings;
}

/**
 * documentFindings in `opts.locale`, plus each finding's message in the `others` locales: the
 * engine runs once; risk messages (a few per document, with locale-formatted values) are
 * rendered per locale from the claims.
 */
export function documentFindingsIn(doc: SeckbDocument, opts: CheckOptions & { claims?: Claim[] }, others: readonly Locale[]): { findings: Finding[]; messages: Messages } {
  const claims = opts.claims ?? extractClaims(doc);
  const risks = riskFindings(doc, claims, opts.locale).map((f) => withPlace(doc, f));
  const { findings, messages } = checkDocumentIn(doc, { ...opts, claims }, others);
  for (const other of others) {
    for (const f of riskFindings(doc, claims, other)) messages[other]![f.id] = f.message;
  }
  return { findings: sortFindings([...findings, ...risks]), messages };
}

/** Line and column for findings made outside the engine (risk findings carry offsets only). */
export function withPlace(doc: SeckbDocument, f: Finding): Finding {
  if (f.line !== undefined) return f;
  const place = lineColumn(doc, f.start);
  return place ? { ...f, line: place.line, column: place.column } : f;
}
