/**
 * Round 16 (subproc): the vendor's own name on its list of sub-processors. The party a page says
 * engages sub-processors ("Quillmark uses the third-party companies below") is the processor, never
 * one of them, though its name recurs in the lead and in the rows (claims/self-party.ts). Own words.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';
import { extractClaims } from '../../src/claims/extract.ts';

const subs = (text: string, format: 'md' | 'txt' = 'md') =>
  [...new Set(extractClaims(documentFromText(text, { format, meta: { vendor: 'Vendor' } })).filter((c) => c.attribute === 'subprocessor').map((c) => String(c.value)))].sort();

const table = ['', '| Sub-processor | Purpose | Location |', '|---|---|---|', '| Postmark | E-mail delivery | United States |', '| Zendesk | Support tickets | Ireland |'];

describe('the processor named in the lead is not its own sub-processor', () => {
  it.each([
    ['Twilio uses the third-party companies below to process personal data for its customers.'],
    ['Twilio may engage the following sub-processors. Twilio customers are told of changes.'],
    ['Twilio relies on the sub-processors listed here; messages go through the Twilio Services.'],
    ['Stripe engages these third parties to deliver the service.'],
    ['Twilio works with the following vendors, each bound by a written agreement.'],
  ])('EN: %s', (lead) => {
    const named = lead.startsWith('Stripe') ? 'stripe' : 'twilio';
    const got = subs([lead, ...table].join('\n'));
    expect(got).toEqual(['postmark', 'zendesk']);
    expect(got.some((s) => s.startsWith(named))).toBe(false);
  });
  it.each([
    ['Twilio korzysta z usług następujących podmiotów przetwarzających dane w jej imieniu.'],
    ['Stripe powierza przetwarzanie danych poniższym podmiotom.'],
    ['Twilio współpracuje z wymienionymi dostawcami.'],
  ])('PL: %s', (lead) => {
    const got = subs([lead, '', '| Podprocesor | Cel | Kraj |', '|---|---|---|', '| Postmark | Wysyłka e-maili | USA |', '| Zendesk | Zgłoszenia | Irlandia |'].join('\n'));
    expect(got).toEqual(['postmark', 'zendesk']);
  });
  it('EN: a row for the vendor itself under the lead names no third party', () => {
    const md = ['Twilio uses the following sub-processors.', '', '| Entity | Purpose | Country |', '|---|---|---|', '| Twilio Ireland Ltd | Delivery of the service | Ireland |', '| Zendesk Inc. | Support tickets | United States |'].join('\n');
    expect(subs(md)).toEqual(['zendesk']);
  });
});

describe('look-alikes: a listed party that has sub-processors of its own stays listed', () => {
  it.each([
    ['EN: "its own" sub-processors', ['We use the sub-processors below.', ...table, '', 'Zendesk uses its own sub-processors for attachments.'].join('\n'), ['postmark', 'zendesk']],
    ['EN: "we use" names nobody', ['We use the following sub-processors:', ...table].join('\n'), ['postmark', 'zendesk']],
    ['EN: a party that uses a cloud host', ['Our sub-processors:', ...table, '', 'Postmark uses AWS to send mail.'].join('\n'), ['postmark', 'zendesk']],
    ['PL: "korzystamy z usług" names nobody', ['Korzystamy z usług następujących podmiotów:', '', '| Podprocesor | Cel | Kraj |', '|---|---|---|', '| Postmark | Wysyłka e-maili | USA |'].join('\n'), ['postmark']],
  ])('%s', (_, text, want) => {
    expect(subs(text)).toEqual(want);
  });
});
