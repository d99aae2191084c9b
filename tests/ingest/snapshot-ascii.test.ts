/**
 * The worker snapshot's bundle is written in ASCII (scripts/snapshot.mjs asciiOnly), so V8 keeps
 * its source one byte a character: every escape must mean what the character meant, in strings,
 * templates, regex literals with and without `u`, and after a backslash (an identity escape).
 */
import { describe, expect, it } from 'vitest';

const { asciiOnly } = (await import('../../scripts/snapshot.mjs')) as { asciiOnly(source: string): string };

const SOURCE = [
  'const dashes = "–—", bullets = /^[•●▪]\\s/u, old = /\\–/, tpl = `x…${1}`, face = "😀";',
  'const astral = /^[😀]$/u, pair = /^😀$/, name = "zażółć", słowo = 1;',
  'return [dashes, bullets.test("● a"), old.test("–"), tpl, face, astral.test("😀"), pair.test("😀"), name, słowo];',
].join('\n');

describe('asciiOnly', () => {
  it('escapes every character past ASCII and keeps what the code computes', () => {
    const escaped = asciiOnly(SOURCE);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    expect(new Function(escaped)()).toEqual(new Function(SOURCE)());
    expect(new Function(SOURCE)()).toEqual(['–—', true, true, 'x…1', '😀', true, true, 'zażółć', 1]);
  });

  it('leaves ASCII alone, an escaped backslash included', () => {
    expect(asciiOnly('const a = "\\\\"; const b = /\\d+/;')).toBe('const a = "\\\\"; const b = /\\d+/;');
    expect(asciiOnly('"\\\\–"')).toBe('"\\\\\\u2013"');
  });
});
