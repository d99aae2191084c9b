/**
 * Round 15 (claims-data): a product capability told as a noun ("the platform offers easy export
 * of your data", "możliwość wygodnego eksportu danych", "system umożliwia eksport") is a self-service
 * export, as "you can export" is; an export that goes through the vendor's support ("po kontakcie z
 * działem wsparcia", "after contacting support") is not. Our own sentences, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const selfService = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'data.export.self_service')
    .map((c) => c.value);

describe('an export the product offers', () => {
  it.each([
    ['The platform offers easy export of all your records.'],
    ['Our app provides a one-click export of work orders and assets.'],
    ['Every plan includes a built-in data export.'],
    ['Aplikacja daje możliwość wygodnego eksportu i usuwania danych.'],
    ['System umożliwia eksport zleceń i historii przeglądów do arkusza.'],
    ['Program pozwala na szybki eksport wszystkich danych firmy.'],
  ])('%s', (text) => {
    expect(selfService(text)).toEqual([true]);
  });
});

describe('look-alikes: an export through the vendor, of logs, or without a product', () => {
  it.each([
    ['Możliwość eksportu danych jest dostępna po kontakcie z działem wsparcia.'],
    ['An export is available after contacting our support desk.'],
    ['The system provides export of audit logs to your SIEM.'],
    ['Na życzenie klienta nasz zespół przygotuje eksport danych.'],
  ])('%s', (text) => {
    expect(selfService(text)).toEqual([]);
  });
  it.each([
    ['Eksport danych wykonasz samodzielnie w aplikacji, bez kontaktu z działem wsparcia.'],
    ['You can export your data yourself, without contacting support.'],
  ])('still self-service when the text says no contact is needed: %s', (text) => {
    expect(selfService(text)).toEqual([true]);
  });
});
