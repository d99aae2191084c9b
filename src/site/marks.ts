/** Marks of one document: its claims, its findings and places other findings point at. Pure. */
import type { Claim } from '../claims/types.ts';
import type { Finding } from '../findings/types.ts';
import type { Mark } from './highlight.ts';
import type { SiteIndex } from './site-index.ts';

export function documentMarks(
  documentId: string,
  claims: Claim[],
  findings: Finding[],
  label: { claim: (c: Claim) => string; finding: (f: Finding) => string },
): Mark[] {
  const marks: Mark[] = [];
  for (const c of claims) if (c.documentId === documentId) marks.push({ id: `c-${c.id}`, kind: 'claim', start: c.start, end: c.end, title: label.claim(c) });
  for (const f of findings) {
    if (f.documentId === documentId) marks.push({ id: `f-${f.id}`, kind: 'finding', start: f.start, end: f.end, tone: f.severity, title: label.finding(f) });
    for (const r of f.related ?? []) {
      if (r.documentId === documentId) marks.push({ id: `r-${f.id}`, kind: 'finding', start: r.start, end: r.end, tone: f.severity, title: label.finding(f) });
    }
  }
  return marks;
}

const NO_LABEL = { claim: () => '', finding: () => '' };

/** The marks of one document from the build's index: its claims, its findings and those pointing at it. */
export function marksOf(site: SiteIndex, documentId: string, locale: string, label: Parameters<typeof documentMarks>[3] = NO_LABEL): Mark[] {
  return documentMarks(documentId, site.claimsOf(documentId), [...site.findingsOf(locale, documentId), ...site.pointingAt(locale, documentId)], label);
}
