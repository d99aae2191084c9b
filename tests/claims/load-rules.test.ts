/** Bad claim-rule data stops at load with the file and the entry named. */
import { describe, expect, it } from 'vitest';
import { loadClaimRules, RULES } from '../../src/claims/rules.ts';

const ok = { id: 'x-rule', attribute: 'backup.retention', when: ['backup', 'retention'], value: { kind: 'duration' } };
const load = (entry: object) => () => loadClaimRules('rules/claims/test.json', [ok, entry]);

describe('loadClaimRules', () => {
  it('accepts the built-in rules, every id unique', () => {
    expect(RULES.length).toBeGreaterThan(40);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('names file, entry and id for an unknown concept', () => {
    expect(load({ ...ok, id: 'y', when: ['backupp'] })).toThrow('rules/claims/test.json: entry 2 (y): unknown concept "backupp" in rules/claims/en.json');
  });
  it('rejects an unknown value kind, attribute, field and qualifier', () => {
    expect(load({ ...ok, id: 'y', value: { kind: 'guess' } })).toThrow(/entry 2 \(y\): value.kind "guess"/);
    expect(load({ ...ok, id: 'y', attribute: 'backup.everything' })).toThrow(/entry 2 \(y\): attribute "backup.everything"/);
    expect(load({ ...ok, id: 'y', whenn: [] })).toThrow(/entry 2 \(y\): unknown field "whenn"/);
    expect(load({ ...ok, id: 'y', qualifiers: { region: { map: { x: 'backup' } } } })).toThrow(/qualifier "region" is not one of backup.retention's/);
  });
  it('rejects a duplicate id and a malformed example', () => {
    expect(load(ok)).toThrow(/entry 2 \(x-rule\): duplicate id/);
    expect(load({ ...ok, id: 'y', examples: [{ en: 'Kept 30 days.' }] })).toThrow(/examples\[0\] needs exactly one of value, none, not/);
    expect(load({ ...ok, id: 'y', examples: [{ de: 'Täglich.', value: 'P1D' }] })).toThrow(/examples\[0\] needs exactly one text keyed by language/);
  });
});
