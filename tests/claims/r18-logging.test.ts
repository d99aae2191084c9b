/**
 * Round 18 (claims): logging told as a measure in a TOM list or a trust page, in our own wording.
 * Anomalies and suspicious activity that are logged are security events ("Round-the-clock
 * monitoring and logging of anomalies", "podejrzane aktywności są rejestrowane"); logs the customer
 * uploads as content ("Content you upload, such as audit logs") say nothing of the vendor's logging.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const logging = (text: string) =>
  claimsOf(text)
    .claims.filter((c) => c.attribute === 'logging.security_events')
    .map((c) => c.value);

describe('anomalies logged', () => {
  it('EN and PL', () => {
    expect(logging('# Measures\n\n- Round-the-clock monitoring and logging of anomalies.\n')).toEqual([true]);
    expect(logging('# Środki\n\nSerwery są stale monitorowane, a podejrzane działania są rejestrowane.\n')).toEqual([true]);
  });
  it('an anomaly nobody logs is no logging', () => {
    expect(logging('# Features\n\nThe dashboard highlights anomalies in your expenses.\n')).toEqual([]);
  });
});

describe('logs that are customer content', () => {
  it('EN and PL', () => {
    expect(logging('# Data we process\n\n- Archive data: information you upload for safekeeping, such as mailbox items, user activity logs and reports.\n')).toEqual([]);
    expect(logging('# Dane\n\n- Dane, które przesyłasz do archiwum, na przykład skrzynki pocztowe i dzienniki aktywności użytkowników.\n')).toEqual([]);
  });
  it('the vendor logging its own access still counts', () => {
    expect(logging('# Security\n\nEvery access by our staff to the data you upload is logged.\n')).toEqual([true]);
  });
});
