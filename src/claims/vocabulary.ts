import controls from '../../rules/claims/controls.json' with { type: 'json' };

/**
 * The attribute vocabulary of ../shared/spec/claims.md as data: id, value form, qualifier keys
 * and the group the comparison table shows it under. Never rename an id or change its form.
 */
export type ValueForm =
  | 'duration'
  | 'duration-or-enum'
  | 'country'
  | 'provider'
  | 'certification'
  | 'boolean'
  | 'percent'
  | 'number'
  | 'enum'
  | 'slug';

export type AttributeGroup =
  | 'hosting'
  | 'certifications'
  | 'encryption'
  | 'backup'
  | 'deletion'
  | 'data'
  | 'access'
  | 'logging'
  | 'incident'
  | 'network'
  | 'sdlc'
  | 'availability'
  | 'organisation';

export interface AttributeDef {
  id: string;
  value: ValueForm;
  qualifiers: string[];
  group: AttributeGroup;
}

/** Order of groups in the comparison table. */
export const GROUPS: AttributeGroup[] = [
  'hosting',
  'backup',
  'encryption',
  'access',
  'deletion',
  'data',
  'logging',
  'incident',
  'network',
  'sdlc',
  'availability',
  'certifications',
  'organisation',
];

const a = (id: string, value: ValueForm, group: AttributeGroup, qualifiers: string[] = []): AttributeDef => ({
  id,
  value,
  qualifiers,
  group,
});

/** In the order of claims.md; the comparison sorts rows by group, then by this order. */
export const ATTRIBUTES: AttributeDef[] = [
  a('hosting.provider', 'provider', 'hosting'),
  a('hosting.location', 'country', 'hosting', ['role', 'region']),
  a('hosting.area', 'enum', 'hosting', ['role']),
  a('hosting.change_notice', 'duration', 'hosting'),
  a('cert.vendor', 'certification', 'certifications', ['type']),
  a('cert.infrastructure', 'certification', 'certifications', ['holder']),
  a('encryption.at_rest', 'boolean', 'encryption', ['scope']),
  a('encryption.at_rest.algorithm', 'enum', 'encryption'),
  a('encryption.in_transit', 'boolean', 'encryption'),
  a('encryption.tls.min_version', 'enum', 'encryption'),
  a('encryption.key_management', 'slug', 'encryption'),
  a('backup.frequency', 'duration', 'backup', ['type', 'edition']),
  a('backup.retention', 'duration', 'backup', ['type', 'edition', 'scope']),
  a('backup.point_in_time_restore', 'boolean', 'backup'),
  a('deletion.after_termination', 'duration', 'deletion', ['scope', 'trigger']),
  a('deletion.backup_purge', 'duration-or-enum', 'deletion'),
  a('data.ownership.customer', 'boolean', 'data'),
  a('data.export.formats', 'enum', 'data'),
  a('data.export.self_service', 'boolean', 'data'),
  a('auth.sso', 'enum', 'access'),
  a('auth.mfa', 'boolean', 'access', ['for', 'method']),
  a('auth.lockout.attempts', 'number', 'access'),
  a('auth.lockout.duration', 'duration', 'access'),
  a('auth.password_storage', 'enum', 'access'),
  a('auth.password.min_length', 'number', 'access'),
  a('auth.session_timeout', 'duration', 'access'),
  a('access.rbac', 'boolean', 'access'),
  a('access.staff_conditions', 'enum', 'access'),
  a('access.impersonation', 'boolean', 'access', ['password']),
  a('access.review', 'duration', 'access'),
  a('logging.security_events', 'boolean', 'logging'),
  a('logging.personal_data', 'enum', 'logging'),
  a('logging.retention', 'duration', 'logging'),
  a('incident.notification', 'duration-or-enum', 'incident'),
  a('monitoring.continuous', 'boolean', 'incident'),
  a('network.firewall', 'boolean', 'network'),
  a('network.ids', 'boolean', 'network'),
  a('network.ddos_protection', 'boolean', 'network'),
  a('pentest', 'boolean', 'sdlc', ['frequency', 'by']),
  a('sdlc.code_review', 'boolean', 'sdlc'),
  a('sdlc.static_analysis', 'boolean', 'sdlc'),
  a('sdlc.dependency_scanning', 'boolean', 'sdlc'),
  a('vulnerability.scanning', 'boolean', 'sdlc'),
  a('vulnerability.disclosure', 'boolean', 'sdlc'),
  a('availability.sla', 'percent', 'availability', ['edition']),
  a('availability.rto', 'duration', 'availability', ['edition']),
  a('availability.rpo', 'duration', 'availability', ['edition']),
  a('availability.maintenance_notice', 'duration', 'availability'),
  a('physical.tier', 'number', 'availability'),
  a('subprocessor', 'slug', 'organisation', ['purpose']),
  a('review.frequency', 'duration', 'organisation'),
  a('training.security_awareness', 'boolean', 'organisation'),
  a('endpoint.antivirus', 'boolean', 'organisation'),
];

export const ATTRIBUTE_BY_ID: ReadonlyMap<string, AttributeDef> = new Map(ATTRIBUTES.map((d) => [d.id, d]));

/** Position of an attribute in the vocabulary (unknown ids sort last). */
export function attributeIndex(id: string): number {
  const i = ATTRIBUTES.findIndex((d) => d.id === id);
  return i < 0 ? ATTRIBUTES.length : i;
}

/** Control ids an attribute maps to (`iso27001@2022#A.8.13`, `ccm@4.0#BCR-08`), from rules/claims/controls.json. */
export function controlsOf(attribute: string): string[] {
  return (controls.controls as Record<string, string[]>)[attribute] ?? [];
}
