/**
 * Third parties named in a run with what each does in brackets: "OVH sp. z o.o. (hosting) oraz
 * Acme Mail Inc. (wysyłka powiadomień)", "Postmark (e-mail), Twilio (SMS), Ledgerly (invoicing)".
 * A run needs two names at least, each one a company (a known service, a legal form, a web
 * domain) or followed by a known purpose: "Daily (incremental), Weekly (full)" names no company.
 */
import { COMMON } from '../common.ts';
import { has } from '../context.ts';
import type { Lexicon } from '../lexicon.ts';

export interface ListedParty {
  name: string;
  /** What the brackets say the party does. */
  purpose: string;
  /** The party hosts the service ("(hosting)", "(kolokacja serwerów)"): the hosting provider, not a sub-processor. */
  hosting: boolean;
}

const WORD = "\\p{Lu}[\\p{L}\\p{N}.&+'-]*";
let itemRe: RegExp | undefined;
/** A capitalised name of up to four words, a legal form after it, then its brackets. */
const item = () =>
  (itemRe ??= new RegExp(`(?<![\\p{L}\\p{N}])(${WORD}(?:\\s${WORD}){0,3}(?:,?\\s(?:${COMMON.orgSuffixSource}))?)\\s*\\(([^()]{1,80})\\)`, 'gu'));

const isPlace = (text: string) => COMMON.countries.find(text).length > 0 || COMMON.cities.find(text).length > 0;

/** A name that can only be a company's. */
export function company(name: string): boolean {
  return (
    COMMON.subprocessors.find(name).length > 0 ||
    COMMON.providers.find(name).length > 0 ||
    COMMON.orgSuffix.test(name) ||
    COMMON.webDomain.test(name) ||
    /\p{Ll}\p{Lu}/u.test(name)
  );
}

/** The parties of every run of two or more "Name (purpose)" items joined by commas or "and". */
export function listedParties(text: string, lex: Lexicon): ListedParty[] {
  const gap = lex.memo('itemGap', (l) => new RegExp(`^[\\s,;]*(?:(?:${l.source('listJoin')})\\s+)?$`, 'iu'));
  const hostingAt = (purpose: string) => has(lex, 'hostingService', purpose.split(/\s+/).slice(0, 3).join(' '));
  const runs: ListedParty[][] = [];
  let run: ListedParty[] = [];
  let prevEnd = -1;
  const re = item();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [name, purpose] = [m[1].trim(), m[2].trim()];
    const known = COMMON.subprocessorPurposes.find(purpose).length > 0 || hostingAt(purpose);
    // A place or a name in brackets is no purpose ("Acme (Germany)", "SAML (Okta, Entra ID)").
    const fits = !isPlace(purpose) && !isPlace(name) && (/^\p{Ll}/u.test(purpose) || known) && (company(name) || known);
    if (!fits || (run.length > 0 && !gap.test(text.slice(prevEnd, m.index)))) {
      runs.push(run);
      run = [];
    }
    if (fits) run.push({ name, purpose, hosting: hostingAt(purpose) });
    prevEnd = m.index + m[0].length;
  }
  runs.push(run);
  return runs.filter((r) => r.length >= 2).flat();
}
