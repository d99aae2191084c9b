/**
 * "subscription IDs", "allowed IPs": the plural of a two-letter acronym, which a case-blind match
 * of a three-letter one (IDS, IPS: intrusion detection or prevention) would take for that system.
 */
import { describe, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './helpers.ts';

describe('plurals of two-letter acronyms are no intrusion detection', () => {
  it.each([
    'We keep only the billing IDs our payment provider returns.',
    'Each work order stores the technician IDs and the asset IDs it touches.',
    'Requests from unknown IPs are logged with their timestamps.',
    'Admins can restrict sign-in to a list of office IPs.',
    'Reports reference records by their IDs only.',
    'Raporty zawierają wyłącznie IDs zleceń.',
    'The export lists contract IDs and invoice IDs.',
    'Sessions are bound to device IDs.',
  ])('%s', (sentence) => {
    expectNoClaim(claimsOf(`# Data\n\n${sentence}\n`).claims, 'network.ids');
  });
});

describe('the systems themselves still count', () => {
  it.each([
    'An IDS watches all production traffic.',
    'We run an IPS at the network edge.',
    'Production traffic is inspected by IDS/IPS sensors.',
    'Our IDS alerts the on-call engineer.',
    'Ruch sieciowy jest monitorowany przez system IDS.',
  ])('%s', (sentence) => {
    expectClaim(claimsOf(`# Network\n\n${sentence}\n`).claims, { attribute: 'network.ids', value: true });
  });
});
