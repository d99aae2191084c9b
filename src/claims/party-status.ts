/**
 * One row of a list of third parties (tables.ts `subprocessorTable`): whether the party works for
 * the service now, and what it does for the service. A status column ("Withdrawn (2026-06-30)",
 * "Planowany (I kw. 2027)"), a status in brackets after the name ("Oldmail GmbH (removed)") or a
 * remark cell that opens with one says the party is gone or not yet engaged: no sub-processor,
 * and none of its measures. What a current party does ("CDN i zapora aplikacyjna (WAF)", "SMS
 * codes for two-step sign-in") is read from every cell that describes it, not its purpose alone.
 */
import type { Candidate } from './engine.ts';
import { has, type UnitContext } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import { runRules } from './engine.ts';
import { RULES } from './rules.ts';

/** The columns of a party row the caller has found (-1: none). */
export interface PartyColumns {
  name: number;
  purpose: number;
  place: number;
}

/** Gone ("removed", "wycofany") or not yet engaged ("planned", "planowany", "in progress"). */
const inactive = (lex: Lexicon, text: string) => has(lex, 'partyGone', text) || has(lex, 'partyPlanned', text) || has(lex, 'intent', text);

/** A remark cell that is a status ("No longer used", "Usunięty z listy 1.06.2026"), not a description that holds such a word. */
const opensWithStatus = (lex: Lexicon, text: string) =>
  lex.memo('partyStatusStart', (l) => new RegExp(`^[\\s*_(\\[-]*(?:${l.source('partyGone')}|${l.source('partyPlanned')})`, 'iu')).test(text);

/** The row's party is not one the service uses now. */
export function partyInactive(cells: readonly string[], header: readonly string[], cols: PartyColumns, lex: Lexicon): boolean {
  const bracket = /\(([^()]*)\)\s*$/u.exec(cells[cols.name] ?? '')?.[1];
  if (bracket && inactive(lex, bracket)) return true;
  return cells.some((cell, i) => {
    if (i === cols.name || i === cols.purpose || i === cols.place || !cell) return false;
    if (has(lex, 'statusColumn', header[i] ?? '')) return inactive(lex, cell);
    // A column of what the party does or which data it gets ("Kategoria", "Data processed") may say
    // "planned maintenance"; only the other columns (remarks, dates) hold a status.
    const head = header[i] ?? '';
    return !descriptive(head, lex) && !has(lex, 'categoryColumn', head) && opensWithStatus(lex, cell);
  });
}

/** A column of what the party does ("Purpose", "Kategoria" of service), not of which data it gets ("Data processed"). */
const descriptive = (head: string, lex: Lexicon) => has(lex, 'purposeColumn', head) || has(lex, 'serviceColumn', head);

/** The cells that say what the party does for the service: its purpose and any service category column. */
export function describingText(cells: readonly string[], header: readonly string[], cols: PartyColumns, lex: Lexicon): string {
  return cells.filter((_, i) => i === cols.purpose || (i !== cols.name && i !== cols.place && descriptive(header[i] ?? '', lex))).join('; ');
}

const MEASURES: ReadonlyArray<[string, string]> = [
  ['network.firewall', 'firewall'],
  ['network.ddos_protection', 'ddos'],
  ['network.ids', 'ids'],
];

const SIGN_IN_RULES = RULES.filter((r) => r.attribute === 'auth.mfa');

/**
 * "Acme CDN | content delivery, web application firewall and DDoS protection": the measures a
 * listed party provides for the service are the service's measures; "SMS codes for two-step
 * sign-in" is the service's MFA by SMS, read by the MFA rules as a sentence of its own.
 * Which data the party gets ("Device tokens, user IDs") is no measure.
 */
export function partyMeasures(text: string, lex: Lexicon, ctx: Pick<UnitContext, 'doc' | 'sectionId' | 'lang'>): Candidate[] {
  const out: Candidate[] = MEASURES.filter(([, concept]) => has(lex, concept, text)).map(([attribute]) => ({ attribute, value: true, qualifiers: {} }));
  const unit: UnitContext = { ...ctx, text, start: 0, end: text.length, lex, heading: '', before: '' };
  // Only a second factor the party delivers ("SMS codes", "push approvals") says the service uses
  // one: an identity platform's feature list ("sign-in, SSO and MFA") names what it can do.
  for (const c of runRules(unit, SIGN_IN_RULES)) if (c.value === true && c.qualifiers.method) out.push(c);
  return out;
}
