/**
 * Round 14 (claims-data): the end of a customer's use told as an account's closure date, a
 * cancellation, or the customer ceasing to use the service ("within 30 days of the closure date",
 * "7 dni po anulowaniu", "held for 30 days from the cancellation") starts the deletion clock:
 * deletion.after_termination. Look-alikes: a length that is no deletion (an export link, an undo
 * window, a deleted record's bin), and a closure the text only looks ahead to. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const bounds = (text: string, heading = 'What happens next') =>
  claimsOf(`# ${heading}\n\n${text}\n`)
    .claims.filter((c) => c.attribute === 'deletion.after_termination')
    .map((c) => String(c.value))
    .sort();

describe('a closure or cancellation starts the deletion clock', () => {
  it.each([
    ['Your records are erased from our databases within 45 days of the closure date.', ['P45D']],
    ['We remove all workspace content no later than 60 days after the account closure date.', ['P60D']],
    ['Data is kept for 14 days following cancellation, then permanently erased.', ['P14D']],
    ['All customer data is retained for up to 30 days from the time of the cancellation.', ['P30D']],
    ['We will erase the data within 21 days after the customer stops using our services.', ['P21D']],
  ])('EN: %s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
  it.each([
    ['Dane konta przechowujemy przez 14 dni po anulowaniu, a następnie trwale je usuwamy.', ['P14D']],
    ['Dane i pliki klienta są przechowywane 30 dni od anulowania subskrypcji.', ['P30D']],
    ['Po anulowaniu subskrypcji dane usuwamy w ciągu 10 dni.', ['P10D']],
  ])('PL: %s', (text, want) => {
    expect(bounds(text, 'Co dalej')).toEqual(want);
  });
});

describe('look-alikes: no deletion bound', () => {
  it.each([
    'Before closing your account, download an export; the link works for 7 days.',
    'Deleted work orders stay in the recycle bin for 30 days after you remove them.',
    'Invoices are kept for six years after the end of the financial year.',
    'Link do eksportu jest ważny przez 7 dni.',
  ])('%s', (text) => {
    expect(bounds(text)).toEqual([]);
  });
});
