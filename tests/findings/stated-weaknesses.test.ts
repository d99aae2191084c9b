/**
 * Weaknesses a vendor states in a questionnaire comment or an FAQ answer (our own texts): a login
 * several staff share, named with up to four words between "share" and the login. Look-alikes:
 * the sharing denied, advised against, or of something that is no login.
 */
import { describe, expect, it } from 'vitest';
import { statedRisks } from '../../src/findings/risk-statements.ts';
import { makeDoc } from './make-doc.ts';

const shared = (text: string, lang = 'en') => statedRisks(makeDoc(text, { lang })).filter((r) => r.rule === 'risk-shared-accounts');

describe('risk-shared-accounts: a login shared by staff', () => {
  it.each([
    'IAM-09 | Do staff share accounts on production systems? | Yes | Two engineers share the hosting team owner login, protected by a hardware key.',
    'Our three support engineers share the cloud console root login.',
    'The on-call staff share one production database admin password.',
    'Both founders still share the registrar account owner credentials.',
  ])('fires: %s', (text) => expect(shared(text)).toHaveLength(1));

  it.each([
    'Engineers never share the cloud console root login.',
    'We recommend that teams do not share the cloud console owner login.',
    'Users can share the read-only dashboard link with guests.',
    'Each engineer signs in with a personal account; nobody shares the cloud console root login.',
  ])('quiet: %s', (text) => expect(shared(text)).toEqual([]));
});
