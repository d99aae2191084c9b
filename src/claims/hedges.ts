/**
 * "AES-256 for data at rest where applicable", "Typically TLS 1.3 in transit", "Kopie są zwykle
 * przechowywane 30 dni": a hedge commits to nothing, so the clause it qualifies gives no claim
 * (eval/README.md, phenomenon 12: no claim from the hedge); a denial in it still stands. Cues:
 * rules/claims/<lang>.json `hedge`. Only the groups claims-data owns are held back here.
 */
const GROUPS = ['hosting.', 'backup.', 'deletion.', 'encryption.', 'logging.', 'data.'];

export const hedgeable = (attribute: string): boolean => GROUPS.some((g) => attribute.startsWith(g));
