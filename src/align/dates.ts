/**
 * Dates, times of day and "24/7" as each locale writes them: "1.03.2026" = "March 1, 2026" =
 * "1 marca 2026 r.", "16:00" = "4 p.m.". Each becomes one canonical value, so the number
 * comparison does not see "15" and "2026" on one side and "15.01.2026" on the other; "24/7" is
 * no count at all ("całodobowo"). Month names: rules/align/dates.json.
 */
import data from '../../rules/align/dates.json' with { type: 'json' };

export interface Stamp {
  start: number;
  end: number;
  /** "date:2026-03-01", "date:2026-03" (no day), "date:--03-01" (no year), "time:16:00"; undefined for "24/7". */
  value?: string;
  unit?: 'date' | 'time';
}

const MONTHS = new Map<string, number>();
data.months.forEach((forms, i) => forms.forEach((f) => MONTHS.set(f, i + 1)));
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

const two = (n: number) => String(n).padStart(2, '0');
const date = (y: string | undefined, m: number, d?: string) => `date:${y ?? '-'}-${two(m)}${d ? `-${two(Number(d))}` : ''}`;
const month = (name: string) => MONTHS.get(name.toLowerCase()) ?? 0;

type Reader = [RegExp, (m: RegExpMatchArray) => Omit<Stamp, 'start' | 'end'> | false];

// Most specific first: a span taken by one reader is not read again by a later one.
const READERS: Reader[] = [
  [/(?<![\p{N}.])24\s?[/x×]\s?7(?!\p{N})/gu, () => ({})],
  [/(?<![\p{N}.-])(\d{4})-(\d{2})-(\d{2})(?!\p{N})/gu, (m) => valid(Number(m[2]), m[3]) && { value: date(m[1], Number(m[2]), m[3]), unit: 'date' }],
  [/(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\p{N})/gu, (m) => valid(Number(m[2]), m[1]) && { value: date(m[3], Number(m[2]), m[1]), unit: 'date' }],
  [new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\p{N})`, 'giu'), (m) => ({ value: date(m[3], month(m[1]), m[2]), unit: 'date' })],
  // "Step 2 may take a minute": "may" without a year is the verb.
  [new RegExp(`(?<![\\p{N}.])(\\d{1,2})\\.?\\s+(${MONTH})(?!\\p{L})\\.?(?:\\s+(\\d{4})(?!\\p{N}))?`, 'giu'), (m) => (m[3] !== undefined || m[2].toLowerCase() !== 'may') && { value: date(m[3], month(m[2]), m[1]), unit: 'date' }],
  [new RegExp(`(?<![\\p{L}])(${MONTH})\\s+(\\d{4})(?!\\p{N})`, 'giu'), (m) => ({ value: date(m[2], month(m[1])), unit: 'date' })],
  [/(?<![\p{N}:.])([01]?\d|2[0-3]):([0-5]\d)(?:\s?([ap])\.?\s?m\b\.?)?(?![\p{N}:])/giu, (m) => clock(Number(m[1]), m[2], m[3])],
  [/(?<![\p{N}:.,])(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\b\.?/giu, (m) => clock(Number(m[1]), '00', m[2])],
];

function valid(m: number, d: string): boolean {
  return m >= 1 && m <= 12 && Number(d) >= 1 && Number(d) <= 31;
}

function clock(hour: number, minutes: string, half: string | undefined): Omit<Stamp, 'start' | 'end'> {
  let h = hour;
  if (half?.toLowerCase() === 'p' && h < 12) h += 12;
  if (half?.toLowerCase() === 'a' && h === 12) h = 0;
  return { value: `time:${two(h)}:${minutes}`, unit: 'time' };
}

/** Dates, times and "24/7" in `text`, in order, not overlapping. Linear in the text per reader. */
export function findStamps(text: string): Stamp[] {
  const found: Stamp[] = [];
  const taken = new Uint8Array(text.length);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  for (const [re, read] of READERS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const stamp = read(m);
      if (!stamp) continue;
      taken.fill(1, start, end);
      found.push({ start, end, ...stamp });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
