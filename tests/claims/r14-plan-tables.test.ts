/**
 * Round 14 (claims-access): per-plan uptime and recovery targets. The plan is read by structure:
 * the first cell of a row under a header whose first cell names plans, the header of a plan column
 * beside a measure row, or a section heading that is a plan. A column's own name ("RTO") is never
 * the plan. Own wording, EN and PL; look-alikes where no plan is named.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const of = (text: string, prefix: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute.startsWith(prefix))
    .map((c) => `${c.attribute}=${c.value}@${c.qualifiers.edition ?? '-'}`)
    .sort();

describe('rows are plans', () => {
  it('EN: uptime, RTO, RPO and backup retention per plan, never a column name as the plan', () => {
    const text = '# Service levels\n\n| Plan | Uptime | RTO | RPO | Backup retention |\n|---|---|---|---|---|\n| Lite | 99.5% | 24 hours | 12 hours | 7 days |\n| Scale | 99.9% | 6 hours | 2 hours | 35 days |\n';
    expect(of(text, 'availability')).toEqual([
      'availability.rpo=PT12H@Lite',
      'availability.rpo=PT2H@Scale',
      'availability.rto=PT24H@Lite',
      'availability.rto=PT6H@Scale',
      'availability.sla=99.5@Lite',
      'availability.sla=99.9@Scale',
    ]);
    expect(of(text, 'backup.retention')).toEqual(['backup.retention=P35D@Scale', 'backup.retention=P7D@Lite']);
  });
  it('PL: "Pakiet | Dostępność | Czas odtworzenia (RTO)"; compact "90m" is minutes', () => {
    const text = '# Poziomy usług\n\n| Pakiet | Dostępność | Czas odtworzenia (RTO) | RPO |\n|---|---|---|---|\n| Mały | 99,6% | 12 godzin | 90m |\n| Duży | 99,9% | 3 godziny | 15m |\n';
    expect(of(text, 'availability')).toEqual([
      'availability.rpo=PT15M@Duży',
      'availability.rpo=PT90M@Mały',
      'availability.rto=PT12H@Mały',
      'availability.rto=PT3H@Duży',
      'availability.sla=99.6@Mały',
      'availability.sla=99.9@Duży',
    ]);
  });
  it('look-alikes: a support table of tiers states no uptime; a priority table is no plan table', () => {
    expect(of('# Support\n\n| Tier | Response SLA | Hours |\n|---|---|---|\n| Lite | 8 hours | weekdays |\n| Scale | 1 hour | 24/7 |\n', 'availability')).toEqual([]);
    expect(of('# Support\n\n| Priority | First response | Resolution |\n|---|---|---|\n| P1 | 30 minutes | 4 hours |\n', 'availability')).toEqual([]);
  });
});

describe('columns are plans', () => {
  it('EN and PL: a measure row under plan columns', () => {
    const en = '# Plans\n\n| Feature | Lite | Scale | Max |\n|---|---|---|---|\n| Monthly uptime | 99.5% | 99.9% | 99.99% |\n| Users | 5 | 50 | unlimited |\n';
    expect(of(en, 'availability')).toEqual(['availability.sla=99.5@Lite', 'availability.sla=99.99@Max', 'availability.sla=99.9@Scale']);
    const pl = '# Pakiety\n\n| | Mały | Duży |\n|---|---|---|\n| Czas odtworzenia (RTO) | 12 godzin | 3 godziny |\n';
    expect(of(pl, 'availability')).toEqual(['availability.rto=PT12H@Mały', 'availability.rto=PT3H@Duży']);
  });
  it('look-alike: a questionnaire row is no plan table', () => {
    const q = '# Answers\n\n| Question | Answer | Comment |\n|---|---|---|\n| Contracted uptime? | 99.9% | per calendar month |\n';
    expect(of(q, 'availability').every((c) => c.endsWith('@-'))).toBe(true);
  });
});

describe('a section headed by a plan', () => {
  it('EN and PL: the heading is the plan', () => {
    const en = '# Service levels\n\n## Professional plan\n\nWe guarantee 99.9% uptime per month.\n\n## Enterprise\n\nWe guarantee 99.95% uptime per month.\n';
    expect(of(en, 'availability')).toEqual(['availability.sla=99.95@Enterprise', 'availability.sla=99.9@Professional']);
    const pl = '# Poziomy usług\n\n## Pakiet Standard\n\nGwarantujemy dostępność 99,7% w skali miesiąca.\n\n## Pakiet Premium\n\nGwarantujemy dostępność 99,95% w skali miesiąca.\n';
    expect(of(pl, 'availability')).toEqual(['availability.sla=99.7@Standard', 'availability.sla=99.95@Premium']);
  });
  it('look-alikes: a plan of another kind, or no plan, names no edition', () => {
    expect(of('# Continuity\n\n## Disaster recovery plan\n\nOur recovery time objective is 6 hours.\n', 'availability')).toEqual(['availability.rto=PT6H@-']);
    expect(of('# Continuity\n\n## Ciągłość działania\n\nNasze RTO wynosi 6 godzin.\n', 'availability')).toEqual(['availability.rto=PT6H@-']);
  });
});
