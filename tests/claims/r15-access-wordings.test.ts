/**
 * Round 15 (claims-access), from the open half of the wild set and fresh real pages: wordings of
 * real security pages the rules did not read. Monitoring said to be continuous or constant with a
 * word between, permissions "based on roles" with a space, access reviews named as such, review of
 * code changes, dependency monitoring; and, the other way, certifications a platform only targets
 * or maps to, and "IPs" that are addresses, not intrusion prevention. Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const values = (text: string, attribute: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => c.value);

describe('monitoring said to be continuous or constant', () => {
  it('EN and PL, with a word between', () => {
    expect(values('# Operations\n\nContinuous infrastructure monitoring with our alerting stack.\n', 'monitoring.continuous')).toEqual([true]);
    expect(values('# Operations\n\nThe servers are constantly monitored by our operations team.\n', 'monitoring.continuous')).toEqual([true]);
    expect(values('# Operacje\n\nSerwery są stale monitorowane przez nasz zespół.\n', 'monitoring.continuous')).toEqual([true]);
    expect(values('# Operacje\n\nPlatforma jest monitorowana w sposób ciągły.\n', 'monitoring.continuous')).toEqual([true]);
  });
  it('look-alikes: monitoring without a word of continuity, dependency monitoring', () => {
    expect(values('# Operations\n\nWe monitor the platform during business hours.\n', 'monitoring.continuous')).not.toContain(true);
    expect(values('# Development\n\nContinuous integration runs dependency monitoring on every build.\n', 'monitoring.continuous')).toEqual([]);
  });
});

describe('permissions based on roles, access reviews, code changes reviewed, dependencies monitored', () => {
  it('EN', () => {
    expect(values('# Access\n\nAdministrators set up access with roles based permissions.\n', 'access.rbac')).toEqual([true]);
    expect(values('# Access\n\n- Half-yearly access reviews.\n', 'access.review')).toEqual(['P6M']);
    expect(values('# Access\n\nWe run access control reviews every quarter.\n', 'access.review')).toEqual(['P3M']);
    expect(values('# Development\n\nVersion control and review of changes to production code.\n', 'sdlc.code_review')).toEqual([true]);
    expect(values('# Development\n\nAutomated dependency monitoring flags vulnerable packages.\n', 'sdlc.dependency_scanning')).toEqual([true]);
  });
  it('PL', () => {
    expect(values('# Dostęp\n\n- Kwartalne przeglądy dostępów.\n', 'access.review')).toEqual(['P3M']);
    expect(values('# Rozwój\n\nPrzegląd zmian w kodzie produkcyjnym przez drugiego programistę.\n', 'sdlc.code_review')).toEqual([true]);
    expect(values('# Rozwój\n\nStałe monitorowanie zależności pod kątem podatności.\n', 'sdlc.dependency_scanning')).toEqual([true]);
  });
  it('look-alikes: a review of contracts, changes to a plan, a roles page link', () => {
    expect(values('# Legal\n\nWe review changes to the contract terms every year.\n', 'sdlc.code_review')).toEqual([]);
    expect(values('# Billing\n\nA review of changes to your plan is sent by e-mail.\n', 'sdlc.code_review')).toEqual([]);
    expect(values('# Team\n\nQuarterly reviews of our hiring plan.\n', 'access.review')).toEqual([]);
  });
});

describe('certifications a platform only targets, aligns to or maps to', () => {
  it('EN and PL', () => {
    expect(values('# Compliance\n\nThe product targets two frameworks: ISO 27001 and SOC 2 Type II.\n', 'cert.vendor')).toEqual([]);
    expect(values('# Retention\n\n- Log retention defaults align to SOC 2 evidence windows.\n', 'cert.vendor')).toEqual([]);
    expect(values('# Compliance\n\n- ISO 27001 mapping of our controls\n', 'cert.vendor')).toEqual([]);
    expect(values('# Zgodność\n\nPlatforma celuje w dwa standardy: ISO 27001 i SOC 2.\n', 'cert.vendor')).toEqual([]);
  });
  it('look-alikes: certificates held', () => {
    expect(values('# Compliance\n\nWe are ISO 27001 certified and hold a SOC 2 Type II report.\n', 'cert.vendor')).toEqual(['iso27001', 'soc2']);
    expect(values('# Zgodność\n\nPosiadamy certyfikat ISO 27001.\n', 'cert.vendor')).toEqual(['iso27001']);
  });
});

describe('"IPs" are addresses, not intrusion prevention', () => {
  it('EN', () => {
    expect(values('# Access\n\nRestrict sign-in to specific IPs of your office.\n', 'network.ids')).toEqual([]);
    expect(values('# Access\n\nAdmins can allow listed IPs only.\n', 'network.ids')).toEqual([]);
  });
  it('look-alikes: intrusion prevention named', () => {
    expect(values('# Network\n\nTraffic passes an IPS before it reaches the application.\n', 'network.ids')).toEqual([true]);
    expect(values('# Sieć\n\nRuch przechodzi przez system IPS.\n', 'network.ids')).toEqual([true]);
  });
});

describe('intrusion detection at a building is physical security, not network IDS', () => {
  it('EN and PL', () => {
    expect(values('# Data centre\n\nEntry is guarded at the perimeter by staff with video surveillance and intrusion detection systems.\n', 'network.ids')).toEqual([]);
    expect(values('# Data centre\n\nThe halls have intrusion alarms and badge readers.\n', 'network.ids')).toEqual([]);
    expect(values('# Centrum danych\n\nObiekt chroni monitoring wizyjny, ochrona fizyczna i systemy wykrywania włamań.\n', 'network.ids')).toEqual([]);
  });
  it('look-alikes: network intrusion detection', () => {
    expect(values('# Network\n\nAn intrusion detection system watches all traffic to production.\n', 'network.ids')).toEqual([true]);
    expect(values('# Sieć\n\nRuch do środowiska produkcyjnego analizuje system wykrywania włamań.\n', 'network.ids')).toEqual([true]);
  });
});
