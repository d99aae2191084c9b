/**
 * Round 13 (claims-access): who notifies whom. The customer's duty to tell the provider is no
 * incident notice; a notice to the controller stays one though the sentence goes on to the
 * supervisory authority; a bound given in the same section is the notice's deadline, not `asap`
 * (eval/README.md). Our own wording, EN and PL, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const notices = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'incident.notification')
    .map((c) => c.value);

describe("the customer's duty to notify the provider", () => {
  it('EN and PL: no incident notice', () => {
    expect(notices('# 7. Security\n\n7.2 The Customer shall notify the Provider promptly of any suspected compromise of its user credentials.\n')).toEqual([]);
    expect(notices('# Incidents\n\nCustomers must inform us immediately if they suspect a breach of their account.\n')).toEqual([]);
    expect(notices('# Incydenty\n\nKlient jest zobowiązany niezwłocznie powiadomić Dostawcę o podejrzeniu naruszenia bezpieczeństwa konta.\n')).toEqual([]);
    expect(notices('# Incydenty\n\nUsługobiorca powinien zgłosić Usługodawcy każdy incydent bezpieczeństwa.\n')).toEqual([]);
  });
  it("look-alikes: the provider's notice to the customer", () => {
    expect(notices('# Incidents\n\nThe Customer will be notified of any breach within 48 hours.\n')).toEqual(['PT48H']);
    expect(notices('# Incydenty\n\nKlient zostanie powiadomiony o naruszeniu w ciągu 24 godzin.\n')).toEqual(['PT24H']);
    expect(notices('# Incidents\n\nThe Customer shall notify the Provider of suspected misuse; the Provider shall notify the Customer of any breach within 72 hours.\n')).toEqual(['PT72H']);
  });
});

describe('a notice to the controller, the authority named after it', () => {
  it('EN and PL: the bound to the controller counts', () => {
    const en = "# Breaches\n\nThe processor's notification to the data controller shall, where possible, be sent within 36 hours so that the controller can report the breach to the competent supervisory authority.\n";
    expect(notices(en)).toEqual(['PT36H']);
    expect(notices('# Naruszenia\n\nPodmiot przetwarzający zawiadamia Administratora o naruszeniu w ciągu 36 godzin, aby umożliwić mu zgłoszenie naruszenia organowi nadzorczemu.\n')).toEqual(['PT36H']);
  });
  it("look-alikes: the controller's own notice to the authority", () => {
    expect(notices('# Breach\n\nUnder Article 33 of the GDPR a controller has to notify the competent supervisory authority of a personal data breach within 72 hours.\n')).toEqual([]);
    expect(notices('# Naruszenia\n\nZgodnie z art. 33 RODO administrator zgłasza naruszenie ochrony danych organowi nadzorczemu w ciągu 72 godzin.\n')).toEqual([]);
  });
});

describe('a bound in the same section is the deadline', () => {
  it('EN and PL: "as soon as possible ... within N hours" gives the bound only', () => {
    expect(notices('# Breaches\n\nIf we ever have a breach, we will tell customers as soon as possible. We promise this will be within 72 hours.\n')).toEqual(['PT72H']);
    expect(notices('# Breaches\n\nWe notify affected customers of a security incident without undue delay.\n\nIn any case, customers hear of a personal data breach within 24 hours.\n')).toEqual(['PT24H']);
    expect(notices('# Naruszenia\n\nO naruszeniu ochrony danych poinformujemy klientów niezwłocznie. Nastąpi to najpóźniej w ciągu 36 godzin.\n')).toEqual(['PT36H']);
  });
  it('look-alike: no bound, asap stays', () => {
    expect(notices('# Breaches\n\nWe notify affected customers of a security incident without undue delay.\n\n# Support\n\nSupport replies within 4 hours.\n')).toEqual(['asap']);
  });
});
