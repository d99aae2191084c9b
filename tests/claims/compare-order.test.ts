import { expect, it } from 'vitest';
import { buildComparison } from '../../src/claims/compare.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { documentFromText } from '../../src/model/from-text.ts';

it('a hosting-location row of backups comes after where the service runs, whatever the role words sort as', () => {
  const doc = documentFromText(
    '# Security\n\nBackups are stored in Sweden.\n\nThe service is hosted in AWS eu-central-1 in Frankfurt, Germany.\n',
    { meta: { vendor: 'Acme' } },
  );
  const claims = extractClaims(doc);
  const roles = buildComparison([doc], claims)
    .groups.flatMap((g) => g.rows)
    .filter((r) => r.attribute === 'hosting.location')
    .map((r) => r.qualifiers.role);
  expect(roles).toEqual(['production', 'backup']);
});
