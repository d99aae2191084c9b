/**
 * Attribute groups of the comparison (claims.md attribute ids -> a row group), in display order.
 * Data, so a new attribute only needs its prefix here (unknown prefixes land in "other").
 */
export const GROUPS: ReadonlyArray<{ id: string; prefixes: string[] }> = [
  { id: 'hosting', prefixes: ['hosting'] },
  { id: 'certifications', prefixes: ['cert'] },
  { id: 'encryption', prefixes: ['encryption'] },
  { id: 'backup', prefixes: ['backup'] },
  { id: 'deletion', prefixes: ['deletion'] },
  { id: 'data', prefixes: ['data'] },
  { id: 'authentication', prefixes: ['auth'] },
  { id: 'access', prefixes: ['access'] },
  { id: 'operations', prefixes: ['logging', 'incident', 'monitoring'] },
  { id: 'network', prefixes: ['network'] },
  { id: 'development', prefixes: ['pentest', 'sdlc'] },
  { id: 'availability', prefixes: ['availability', 'physical'] },
  { id: 'subprocessors', prefixes: ['subprocessor'] },
  { id: 'organisation', prefixes: ['review', 'training', 'endpoint'] },
  { id: 'other', prefixes: [] },
];

export function groupOf(attribute: string): string {
  const head = attribute.split('.')[0] ?? attribute;
  return GROUPS.find((g) => g.prefixes.includes(head))?.id ?? 'other';
}

export function groupIndex(id: string): number {
  const i = GROUPS.findIndex((g) => g.id === id);
  return i < 0 ? GROUPS.length : i;
}

/** Qualifiers that split a row (a dimension); the others describe the value (region, purpose...). */
export const ROW_QUALIFIERS = ['role', 'type', 'edition', 'scope', 'for'] as const;

/** Attributes where one vendor may state several values at once without contradicting itself. */
export const MULTI_VALUED = new Set([
  'hosting.provider',
  'hosting.location',
  'cert.vendor',
  'cert.infrastructure',
  'data.export.formats',
  'auth.sso',
  'access.staff_conditions',
  'subprocessor',
  'encryption.key_management',
]);

/** Defaults claims.md gives to a missing qualifier. */
export const QUALIFIER_DEFAULTS: Record<string, Record<string, string>> = {
  'hosting.location': { role: 'production' },
};
