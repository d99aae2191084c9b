/**
 * Claim values and dates in words of the UI language. Browser-safe.
 * The claims engineer's `formatValue` may replace parts of this; the site keeps its own so it
 * never depends on another module's output wording (durations: "P5W" -> "5 weeks" / "5 tygodni").
 */
import type { TFunction } from 'i18next';
import type { ClaimValue } from '../claims/types.ts';
import { getT, type Locale } from '../i18n/index.ts';

const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;

export function isDuration(value: unknown): boolean {
  return typeof value === 'string' && value.length > 1 && value !== 'PT' && DURATION.test(value);
}

/** "P5W" -> "5 weeks"; "P1Y6M" -> "1 year 6 months"; not a duration -> undefined. */
export function formatDuration(value: string, locale: Locale): string | undefined {
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value === 'PT') return undefined;
  const t = getT(locale, 'common');
  const parts: string[] = [];
  UNITS.forEach((unit, i) => {
    const raw = m[i + 1];
    if (raw === undefined) return;
    const count = Number(raw.replace(',', '.'));
    parts.push(t(unit, { count }));
  });
  return parts.length ? parts.join(' ') : undefined;
}

/** Names of ids that are not words (providers, certifications); everything else falls through. */
const NAMES: Record<string, string> = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  oracle: 'Oracle Cloud',
  ibm: 'IBM Cloud',
  ovhcloud: 'OVHcloud',
  hetzner: 'Hetzner',
  digitalocean: 'DigitalOcean',
  alibaba: 'Alibaba Cloud',
  iso27001: 'ISO/IEC 27001',
  iso27017: 'ISO/IEC 27017',
  iso27018: 'ISO/IEC 27018',
  iso27701: 'ISO/IEC 27701',
  iso9001: 'ISO 9001',
  iso22301: 'ISO 22301',
  soc1: 'SOC 1',
  soc2: 'SOC 2',
  soc3: 'SOC 3',
  hipaa: 'HIPAA',
  fedramp: 'FedRAMP',
  'pci-dss': 'PCI DSS',
  'csa-star': 'CSA STAR',
  c5: 'C5',
  tisax: 'TISAX',
  'cyber-essentials': 'Cyber Essentials',
  'aes-256': 'AES-256',
  'aes-128': 'AES-128',
  saml: 'SAML',
  oidc: 'OpenID Connect',
  'azure-ad': 'Microsoft Entra ID',
  ldap: 'LDAP',
  okta: 'Okta',
  google: 'Google',
  'aws-kms': 'AWS KMS',
  'azure-key-vault': 'Azure Key Vault',
  'gcp-kms': 'Google Cloud KMS',
};

function countryName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code);
  } catch {
    return undefined;
  }
}

/** One claim value in words: durations, booleans, countries, percents, ids. */
export function formatValue(value: ClaimValue, locale: Locale, attribute = ''): string {
  const t = getT(locale, 'site');
  if (typeof value === 'boolean') return t(value ? 'value.true' : 'value.false');
  if (typeof value === 'number') {
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
    return attribute === 'availability.sla' ? `${n}%` : n;
  }
  if (isDuration(value)) return formatDuration(value as string, locale) ?? (value as string);
  if (attribute === 'hosting.location') return countryName(value, locale) ?? value;
  const special = t(`value.${value}`, { defaultValue: '' });
  if (special) return special;
  if (attribute === 'encryption.tls.min_version') return `TLS ${value}`;
  if (value.includes(':')) {
    // Regions "aws:eu-central-1": provider name + the provider's own code.
    const [provider, code] = value.split(':', 2) as [string, string];
    return `${NAMES[provider] ?? provider} ${code}`;
  }
  return NAMES[value] ?? value;
}

/** A qualifier value in words (roles, scopes, regions, booleans). */
export function formatQualifier(key: string, value: string | number | boolean, locale: Locale): string {
  const t = getT(locale, 'site');
  if (typeof value === 'boolean') return `${t(`qualifier.${key}`, { defaultValue: key })}: ${t(value ? 'value.true' : 'value.false')}`;
  if (typeof value === 'string' && isDuration(value)) return formatDuration(value, locale) ?? value;
  const word = t(`qualifier.${key}.${String(value)}`, { defaultValue: '' });
  if (word) return word;
  return `${t(`qualifier.${key}`, { defaultValue: key })}: ${formatValue(value, locale, key === 'holder' ? '' : key)}`;
}

/** "2024-02-01" -> "1 February 2024" / "1 lutego 2024". */
export function formatDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
  const opts: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** The t() of the site namespace with a key check, for callers that build labels from ids. */
export function label(t: TFunction, key: string, fallback: string): string {
  const s = t(key, { defaultValue: '' });
  return s || fallback;
}
