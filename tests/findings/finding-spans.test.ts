/** Findings point at the clause that matters: a risk's clause, a modal clause beside a quoted question. Own sentences. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.ts';
import { clauseAt, clauses } from '../../src/findings/clauses.ts';
import { riskSpan } from '../../src/findings/risk-span.ts';
import { rule as wording } from '../../src/findings/rules/wording-contradiction.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { claimOn } from './claim-helpers.ts';
import { runRule } from './rules-code/helpers.ts';

describe('clauses', () => {
  it('splits after each separator and trims', () => {
    const t = 'Agents may open a session; no password is asked: ever.';
    expect(clauses(t, ';').map(([s, e]) => t.slice(s, e))).toEqual(['Agents may open a session;', 'no password is asked: ever.']);
    expect(t.slice(...clauseAt(t, t.indexOf('ever'), ';:'))).toBe('ever.');
    expect(clauseAt('No separator here.', 3, ';')).toEqual([0, 18]);
  });
});

describe('riskSpan', () => {
  it('points at the one clause with the risk words (EN, PL)', () => {
    const doc = documentFromText('# Access\n\nOur helpdesk can enter a customer workspace to debug an issue; the customer\'s password is never needed for that.', { id: 'r' });
    const claim = claimOn(doc, 'helpdesk', 'access.impersonation', true, { password: false } as never);
    expect(doc.text.slice(...riskSpan('risk-impersonation-without-password', claim))).toBe("the customer's password is never needed for that.");
    const pl = documentFromText('# Kopie\n\nKopię tygodniową trzymamy w biurze; ta kopia nie jest szyfrowana.', { id: 'p' });
    const c = claimOn(pl, 'tygodniową', 'encryption.at_rest', false, { scope: 'backups' });
    expect(pl.text.slice(...riskSpan('risk-unencrypted-backups', c))).toBe('ta kopia nie jest szyfrowana.');
  });

  it('keeps the whole sentence when no clause, or more than one, holds the words', () => {
    const doc = documentFromText('# Keys\n\nFiles are not encrypted; neither are the encrypted-looking archives.\n\nAttachments are not encrypted.', { id: 'k' });
    const both = claimOn(doc, 'Files are', 'encryption.at_rest', false);
    expect(riskSpan('risk-unencrypted-at-rest', both)).toEqual([both.start, both.end]);
    const one = claimOn(doc, 'Attachments', 'encryption.at_rest', false);
    expect(riskSpan('risk-unencrypted-at-rest', one)).toEqual([one.start, one.end]);
  });
});

describe('wording-contradiction span', () => {
  it('leaves a quoted question out of the flagged clause', () => {
    const text = '# Sign-in\n\nTwo-factor sign-in is mandatory for all accounts.\n\nAsked “Can admins turn two-factor sign-in off for accounts?” we reply: two-factor sign-in is optional for accounts.';
    const doc = documentFromText(text, { id: 'q' });
    expect(runRule(wording, doc, { claims: extractClaims(doc) }).map((h) => h.excerpt)).toEqual(['two-factor sign-in is optional for accounts.']);
  });
});
