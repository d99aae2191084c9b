/**
 * Claim values in words for people: `formatValue('backup.retention', 'P5W', 'pl')` -> "5 tygodni".
 * Browser-safe (Intl and the i18n dictionaries only).
 */
import common from '../../rules/claims/common.json' with { type: 'json' };
import { getT, type Locale } from '../i18n/index.ts';
import type { ClaimValue } from './types.ts';
import { ATTRIBUTE_BY_ID } from './vocabulary.ts';

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
const NAMES = (common as { names: Record<string, string> }).names;
const REGION_PROVIDERS = (common as { regionProviders: Record<string, string> }).regionProviders;
const REGIONS = (common as { regions: Array<{ provider: string; code: string; label?: string; place?: Record<string, string> }> }).regions;

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && value !== 'P' && value !== 'PT' && DURATION.test(value);
}

/** "P5W" -> "5 weeks" / "5 tygodni"; "PT30M" -> "30 minutes". */
export function formatDuration(value: string, locale: Locale): string {
  const m = DURATION.exec(value);
  if (!m) return value;
  const t = getT(locale, 'common');
  const parts = UNITS.flatMap((unit, i) => (m[i + 1] === undefined ? [] : [t(unit, { count: Number(m[i + 1]) })]));
  return parts.join(' ') || value;
}

/** Duration length in hours (months as 30 days, years as 365), for comparisons with limits. */
export function durationHours(value: string): number | undefined {
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const f = [365 * 24, 30 * 24, 7 * 24, 24, 1, 1 / 60];
  return f.reduce((sum, k, i) => sum + (m[i + 1] ? Number(m[i + 1]) * k : 0), 0);
}

const regionNames = new Map<string, Intl.DisplayNames>();

function countryName(code: string, locale: Locale): string {
  try {
    // One DisplayNames per locale: constructing it costs far more than a lookup.
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A value in the words of `locale`, by the attribute's value form (claims.md). */
export function formatValue(attribute: string, value: ClaimValue, locale: Locale = 'en'): string {
  const t = getT(locale, 'claims');
  const form = ATTRIBUTE_BY_ID.get(attribute)?.value;
  if (typeof value === 'boolean') return t(`value.${value}`);
  if (typeof value === 'number') {
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
    return form === 'percent' ? `${n}%` : n;
  }
  if (isDuration(value) && (form === 'duration' || form === 'duration-or-enum')) return formatDuration(value, locale);
  if (form === 'country' && /^[A-Z]{2}$/.test(value)) return countryName(value, locale);
  if (form === 'enum' && attribute === 'encryption.tls.min_version') return `TLS ${value}`;
  const key = [`value.${attribute}.${value}`, `value.${value}`];
  for (const k of key) {
    const s = t(k, { defaultValue: '' });
    if (s) return s;
  }
  return NAMES[value] ?? value;
}

/** A qualifier value in words ("role" "failover" -> "zapasowy region"). */
export function formatQualifier(key: string, value: string | number | boolean, locale: Locale = 'en'): string {
  const t = getT(locale, 'claims');
  if (typeof value === 'boolean') return t(`value.${value}`);
  if (key === 'frequency' && isDuration(String(value))) return formatDuration(String(value), locale);
  if (key === 'holder') return NAMES[String(value)] ?? String(value);
  if (key === 'region') return formatRegion(String(value), locale);
  return t(`value.${key}.${value}`, { defaultValue: '' }) || NAMES[String(value)] || String(value);
}

/**
 * "aws:eu-central-1" -> "AWS eu-central-1 (Frankfurt)" / "AWS eu-central-1 (Frankfurt nad Menem)",
 * from the region table (rules/claims/common.json); a region not in it keeps its code.
 */
export function formatRegion(value: string, locale: Locale = 'en'): string {
  const at = value.indexOf(':');
  if (at < 0) return value;
  const provider = value.slice(0, at);
  const code = value.slice(at + 1);
  const name = REGION_PROVIDERS[provider];
  if (!name) return value;
  const def = REGIONS.find((r) => r.provider === provider && r.code === code);
  const place = def?.place?.[locale] ?? def?.place?.en;
  return `${name} ${def?.label ?? code}${place ? ` (${place})` : ''}`;
}
