/**
 * A replaced past state is history, not a claim: "At the time of the incident the files were not
 * encrypted", "Previously backups were kept for 7 days", "Do czerwca 2025 r. system działał w USA",
 * "Wcześniej logi przechowywaliśmy 30 dni". A clause is such a state when it names a moment of the
 * past (`pastMarker`: previously, until <month>, at the time of the incident, wcześniej, w chwili
 * incydentu, ...) with a verb in the past tense (`pastVerb`) and nothing of the present
 * (`presentMarker`: now, since, is/are, obecnie, od <date>, jest/są): "Backups are kept for 30 days,
 * as they were before the migration" and "Until 2027 TLS 1.1 is still accepted" stand. The clause
 * beside it that says what holds now ("; since March they are kept for 30 days") is read as usual.
 */
import { has } from './context.ts';
import type { Lexicon } from './lexicon.ts';

export function pastState(text: string, lex: Lexicon): boolean {
  // "Microsoft Entra ID (formerly Azure AD)", "(dawniej Azure AD)": a bracket names an old name, no past state.
  const plain = text.replace(/\([^()]*\)/g, ' ');
  return has(lex, 'pastMarker', plain) && has(lex, 'pastVerb', plain) && !has(lex, 'presentMarker', plain);
}
