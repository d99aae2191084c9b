/**
 * A generic statement about a control explains it and claims nothing of the vendor: how effective
 * it is ("Two-step login is one of the most effective defences"), what it can do ("A firewall can
 * stop ..."), the kinds it comes in, what it is called, what adopting it does ("Enabling SSO
 * reduces ..."), or "if you have the option, ..." (rules/claims/<lang>.json `explainerClause`).
 * Blog posts and guides are made of them. A clause with the writer in it ("our firewall can block
 * ...", "nasza zapora") is the vendor's own and stands.
 */
import { has } from './context.ts';
import type { Lexicon } from './lexicon.ts';

export const explains = (text: string, lex: Lexicon): boolean => has(lex, 'explainerClause', text) && !has(lex, 'ownVoice', text);

/**
 * "All card numbers are encrypted at rest with AES-256": payment card data is the payment
 * processor's to hold (cert-holder.ts); a clause about it says nothing of the vendor's own data.
 */
export const aboutCardData = (text: string, lex: Lexicon): boolean => has(lex, 'cardDataSubject', text);

/** The clause explains a control or tells of the card processor's data: it states nothing of the vendor's. */
export const statesOthers = (text: string, lex: Lexicon): boolean => explains(text, lex) || aboutCardData(text, lex);
