/**
 * The vendor's own name on its list of sub-processors: "Acme uses the third-party companies below",
 * "Acme may engage sub-processors", "Acme korzysta z usług następujących podmiotów". The party that
 * engages sub-processors is the processor, never one of them, though its name recurs in the lead and
 * in the rows ("messages sent through the Acme Services"): organisation.ts and party-table.ts drop it.
 */
import type { SeckbDocument } from '../model/types.ts';
import { organisationSlug } from './common.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';
import { partiesNamed } from './values/organisation.ts';

const SELF = new WeakMap<SeckbDocument, Set<string>>();

/** `slug` names the vendor itself or one of its products ("acme", "acme-services"). */
export function isSelf(doc: SeckbDocument | undefined, slug: string): boolean {
  const self = selfParties(doc);
  return self.has(slug) || [...self].some((s) => slug.startsWith(`${s}-`));
}

/** Slugs of the parties the document says engage sub-processors (one pass over its sentences). */
function selfParties(doc: SeckbDocument | undefined): Set<string> {
  // A context built for one phrase (tests, the draft checker) has no document to read.
  if (!doc?.sentences) return new Set();
  let self = SELF.get(doc);
  if (self) return self;
  self = new Set();
  for (const s of doc.sentences) {
    if (!CLAIM_LANGUAGES.includes(s.lang)) continue;
    const re = lexiconFor(s.lang).memo('selfEngage', (l) => new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&-]*(?: \\p{Lu}[\\p{L}\\p{N}&-]*){0,2}) (?:${l.source('selfEngageVerb')}) (?:${l.source('selfEngageObject')})`, 'gu'));
    re.lastIndex = 0;
    const text = doc.text.slice(s.start, s.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const slug = partiesNamed(m[1])[0]?.key ?? organisationSlug(m[1]);
      if (slug) self.add(slug);
    }
  }
  SELF.set(doc, self);
  return self;
}
