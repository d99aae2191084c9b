/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and SARIF viewers: one run, the rules that fired
 * with their help text, one result per finding with its region in UTF-16 code units.
 * Findings of formats without lines (docx, pdf) get a location without a region.
 */
import { getT, type Locale } from '../../i18n/index.ts';
import type { Finding, Severity } from '../types.ts';
import { endPosition, type FileReport, type RuleInfo } from './types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  locale?: Locale;
  /** Descriptions of known rules (default levels); rules not listed are described from their findings. */
  rules?: readonly RuleInfo[];
  toolVersion?: string;
}

/** A path as a URI reference: forward slashes, reserved characters escaped. */
function toUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/')).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

function region(f: Finding) {
  const end = endPosition(f);
  if (f.line === undefined || f.column === undefined || !end) return undefined;
  return { startLine: f.line, startColumn: f.column, endLine: end.line, endColumn: end.column, snippet: { text: f.excerpt } };
}

export function formatSarif(reports: readonly FileReport[], opts: SarifOptions = {}): string {
  const t = getT(opts.locale ?? 'en', 'findings');
  const known = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  const used = new Map<string, RuleInfo>();
  for (const r of reports) for (const f of r.findings) if (!used.has(f.rule)) used.set(f.rule, known.get(f.rule) ?? { id: f.rule, kind: f.kind, severity: f.severity });
  const rules = [...used.values()].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = reports.map((r) => ({ location: { uri: toUri(r.file) } }));

  const results = reports.flatMap((r, artifactIndex) =>
    r.findings.map((f) => {
      const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: toUri(r.file), index: artifactIndex } };
      const reg = region(f);
      if (reg) physicalLocation.region = reg;
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation }],
        partialFingerprints: { 'seckbFindingId/v1': f.id },
        properties: { kind: f.kind, documentId: f.documentId, start: f.start, end: f.end },
      };
      if (f.related?.length) {
        result.relatedLocations = f.related.map((p, id) => ({
          id,
          message: { text: p.excerpt },
          properties: { documentId: p.documentId, start: p.start, end: p.end },
        }));
      }
      return result;
    }),
  );

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'seckb',
            ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: t(`findings.kind.${rule.kind}`) },
              fullDescription: { text: t(`findings.help.${rule.kind}`) },
              help: { text: t(`findings.help.${rule.kind}`) },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: [rule.kind] },
            })),
          },
        },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
