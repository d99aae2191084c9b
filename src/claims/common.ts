/**
 * Language-neutral tables (rules/claims/common.json): providers, regions, countries, cities,
 * certifications, ciphers and other named values, compiled once.
 */
import common from '../../rules/claims/common.json' with { type: 'json' };
import { Table } from './terms.ts';

// Country and city names are proper nouns: case-sensitive, and they may be glued to a following
// capitalised word ("FrankfurtData") because extraction from PDFs joins words.
const PROPER_END = '(?!\\p{Ll})';

export interface RegionDef {
  provider: string;
  code: string;
  country: string;
  names: string[];
  cities: string[];
  /** The provider's own display name where it differs from the code ("West Europe"). */
  label?: string;
  /** Where the region is, per locale ("Frankfurt" / "Frankfurt nad Menem"). */
  place?: Record<string, string>;
}

export const COMMON = {
  providers: new Table(common.providers),
  /** The companies behind providers, for a sub-processor row whose purpose is hosting. */
  providerCompanies: new Table(common.providerCompanies),
  certifications: new Table(common.certifications),
  /** Report types written after SOC 1 / SOC 2 ("Type II" -> "2"). */
  certTypes: new Table(common.certTypes),
  /** Named alone they are no claim: HIPAA has no certificate, only compliance or an attestation. */
  certsNeedingEvidence: new Set<string>(common.certsNeedingEvidence),
  countries: new Table(common.countries, 'gu', PROPER_END),
  cities: new Table(common.cities, 'gu', PROPER_END),
  regions: common.regions as RegionDef[],
  regionNames: new Map<string, Table>(),
  /** Every provider's region ids ("eu-central-1", "westeurope", "europe-west3"), keyed `provider:code`. */
  regionCodes: new Table({}),
  regionCities: new Map<string, Table>(),
  tables: {
    exportFormats: new Table(common.exportFormats),
    sso: new Table(common.sso),
    keyManagement: new Table(common.keyManagement),
    algorithms: new Table(common.algorithms),
  } as Record<string, Table>,
  subprocessors: new Table(common.subprocessors),
  subprocessorPurposes: new Table(common.subprocessorPurposes),
  // From the start of its run of separators only (the lookbehind): linear on a long run of spaces.
  orgSuffix: new RegExp(`(?<![\\s,])[\\s,]+(?:${common.orgSuffixes.join('|')})\\s*$`, 'u'),
  orgSuffixSource: common.orgSuffixes.join('|'),
  /** A company's legal name in running text ("Acme Facilities Cloud Ltd"): up to five capitalised words, then a legal form. */
  companyName: new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{N}&'.-]*[\\s,]{1,3}){1,5}(?:${common.orgSuffixes.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  webDomain: new RegExp(`\\.(?:${common.webDomains.join('|')})$`, 'i'),
};

COMMON.regionCodes = new Table(Object.fromEntries(COMMON.regions.map((r) => [`${r.provider}:${r.code}`, [`${r.code}$`]])), 'gu');

for (const provider of new Set(COMMON.regions.map((r) => r.provider))) {
  const regions = COMMON.regions.filter((r) => r.provider === provider);
  COMMON.regionNames.set(provider, new Table(Object.fromEntries(regions.map((r) => [r.code, r.names])), 'giu'));
  COMMON.regionCities.set(provider, new Table(Object.fromEntries(regions.map((r) => [r.code, r.cities])), 'gu', PROPER_END));
}

export function regionDef(provider: string, code: string): RegionDef | undefined {
  return COMMON.regions.find((r) => r.provider === provider && r.code === code);
}

/** Providers that have more than one region in a city: a city then names no single region. */
export function regionsByCity(provider: string, code: string): number {
  const def = regionDef(provider, code);
  if (!def) return 0;
  return COMMON.regions.filter((r) => r.provider === provider && r.cities.some((c) => def.cities.includes(c))).length;
}

/** The first provider a text names. */
export function providerIn(text: string): string | undefined {
  return COMMON.providers.find(text)[0]?.key;
}

/** "SerwerSMS.pl", "Acme Mail Sp. z o.o." -> "serwersms", "acme-mail": no legal form, no web domain. */
export function organisationSlug(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 2; i++) n = n.replace(COMMON.orgSuffix, '').replace(/[,;:]+$/, '').trim();
  n = n.replace(COMMON.webDomain, '');
  return n
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
