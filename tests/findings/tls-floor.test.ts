/**
 * Round 9 (lead), read on a real security white paper: a TLS version named for one kind of
 * traffic ("TLS 1.3 for all API communications") beside the stated floor ("TLS 1.2 minimum") both
 * hold: the floor is the lowest accepted, and 1.3 meets it. A version below the floor contradicts it.
 */
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { documentFromText } from '../../src/model/from-text.ts';

const contradictions = (text: string) => documentFindings(documentFromText(text, { id: 'tls' }), { locale: 'en' }).filter((f) => f.kind === 'inconsistency');

describe('a TLS floor and a higher version named for some traffic', () => {
  it('stay quiet together', () => {
    const text = '# Encryption\n\n## In transit\n\n- TLS 1.3 for every call to the public API\n- TLS 1.2 minimum (older versions refused)\n';
    expect(contradictions(text)).toEqual([]);
  });
  it('a version below the floor still contradicts it', () => {
    const text = '# Encryption\n\n- TLS 1.2 minimum (older versions refused)\n- TLS 1.0 for every call to the public API\n';
    expect(contradictions(text).length).toBeGreaterThan(0);
  });
});
