/**
 * Round 12 (claims-access): an audit or examination only scheduled ("is scheduled to start in
 * January", "ma się rozpocząć") is no certificate held; a certificate held in its own clause stays
 * held when a later clause plans its next audit ("We hold ISO 27001; the next surveillance audit
 * is scheduled for May"). Our own wording, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const certs = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'cert.vendor')
    .map((c) => c.value);

describe('an examination only scheduled is no certificate', () => {
  it('EN: scheduled / set / due to start or begin', () => {
    expect(certs('# Certifications\n\nOur SOC 2 Type I examination is scheduled to start in March 2027; we hold no SOC 2 report yet.\n')).toEqual([]);
    expect(certs('# Certifications\n\nThe ISO 27001 certification audit is set to begin next spring.\n')).toEqual([]);
    expect(certs('# Compliance\n\n- SOC 2 Type II: the observation period is due to begin in Q2.\n')).toEqual([]);
  });
  it('PL: "ma się rozpocząć", "rozpocznie się", "odbędzie się"', () => {
    expect(certs('# Certyfikaty\n\nBadanie SOC 2 ma się rozpocząć w lutym 2027 r.\n')).toEqual([]);
    expect(certs('# Certyfikaty\n\nAudyt certyfikujący ISO 27001 rozpocznie się w przyszłym kwartale.\n')).toEqual([]);
    expect(certs('| Pytanie | Odpowiedź |\n|---|---|\n| Czy posiadacie certyfikat ISO 27001? | Audyt ISO 27001 odbędzie się w maju 2027 r. |\n')).toEqual([]);
  });
});

describe('look-alikes: a certificate held, its next audit planned in a later clause', () => {
  it('EN and PL: the holding clause stands', () => {
    expect(certs('# Certifications\n\nWe hold ISO 27001; our next surveillance audit is scheduled for May.\n')).toEqual(['iso27001']);
    expect(certs('# Certyfikaty\n\nPosiadamy certyfikat ISO 27001; audyt nadzoru zaplanowano na maj.\n')).toEqual(['iso27001']);
    expect(certs('# Certifications\n\nWe are certified to ISO 27001; recertification is set to begin in 2027.\n')).toEqual(['iso27001']);
  });
  it('a plan in the holding clause itself still denies it', () => {
    expect(certs('# Certifications\n\nWe are preparing for ISO 27001; the audit is booked for May.\n')).toEqual([]);
  });
});
