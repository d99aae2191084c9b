/**
 * Round 18 (prose): blogs of agencies and consultants advise the reader in bullets that open with a
 * short label ("Zero trust: verify ...", "Szyfrowanie: to proces ..."), tell the reader to adopt
 * kinds of control given by example ("use layers such as MFA and role-based access"), or say
 * what tools of a kind can do ("tools like a SIEM can detect ..."). None of it is the writer's
 * own service. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const all = (text: string) => claimsOf(text).claims.map((c) => `${c.attribute}=${c.value}`);

describe('advice and explainers in blog bullets', () => {
  it('EN: adopt kinds of control by example, label before the imperative', () => {
    expect(all('# Five habits\n\n- Layered defence: apply several safeguards like MFA, role-based permissions and encryption to cut the risk.\n')).toEqual([]);
    expect(all('# Tips\n\n- Combine controls such as two-factor login and role-based access, so one slip is not enough.\n')).toEqual([]);
    expect(all('# Tips\n\n- Visibility: tools such as a SIEM can quickly detect odd activity around the clock.\n')).toEqual([]);
  });
  it('PL: rada z etykietą, kontrole podane przykładem, definicja po etykiecie', () => {
    expect(all('# Wskazówki\n\n- Obrona warstwowa: zastosuj kilka zabezpieczeń, takich jak MFA, uprawnienia oparte na rolach i szyfrowanie, by ograniczyć ryzyko.\n')).toEqual([]);
    expect(all('# Wskazówki\n\n- Widoczność: narzędzia takie jak SIEM mogą szybko wykrywać nietypowe zdarzenia przez całą dobę.\n')).toEqual([]);
    expect(all('# Słowniczek\n\n- Ciągły nadzór: to proces obserwowania systemów przez całą dobę.\n')).toEqual([]);
  });
});

describe('look-alikes: the writer\'s own controls stay', () => {
  it('EN and PL: our tools, a plain offer, a help step', () => {
    expect(all('# Security\n\nOur tools such as a SIEM watch the platform 24/7.\n')).toContain('monitoring.continuous=true');
    expect(all('# Security\n\nWe offer controls such as MFA and role-based access to every customer.\n')).toEqual(expect.arrayContaining(['auth.mfa=true', 'access.rbac=true']));
    expect(all('# Bezpieczeństwo\n\nStosujemy zabezpieczenia takie jak MFA i dostęp oparty na rolach.\n')).toEqual(expect.arrayContaining(['auth.mfa=true', 'access.rbac=true']));
    expect(all('# 2FA\n\nEnable two-factor authentication for all users of your account.\n')).toContain('auth.mfa=true');
  });
});
