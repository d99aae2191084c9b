/**
 * Diacritic folding: "bezpieczeństwo" -> "bezpieczenstwo", "łączność" -> "lacznosc".
 * NFD + dropping combining marks covers ą ę ó ś ć ń ź ż and Western accents; ł/đ/ø/ß have no
 * decomposition, so they are mapped explicitly. Input is expected lower-cased.
 */
const EXTRA: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const EXTRA_RE = /[łđøßæœı]/g;

export function fold(term: string): string {
  // Fast path: plain ASCII needs nothing.
  if (/^[\x00-\x7f]*$/.test(term)) return term;
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(EXTRA_RE, (ch) => EXTRA[ch] ?? ch)
    .normalize('NFC');
}
