/**
 * Tables whose cells are values: a backup table with plans as columns gives one claim per cell
 * (`backup.retention` P30D {type: point-in-time, edition: Enterprise}); "-" gives none.
 * Other tables are read row by row as sentences (see extract.ts).
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { has, hits, isNegated, type UnitContext } from './context.ts';
import { lexiconFor } from './lexicon.ts';
import { location } from './values/location.ts';
import type { Lexicon } from './lexicon.ts';
import { findDurations, plainDurations } from './values/duration.ts';
import { findFrequencies } from './values/frequency.ts';
import type { Candidate } from './engine.ts';
import { COMMON, organisationSlug } from './common.ts';
import { nameBeforeBrackets, partiesNamed } from './values/organisation.ts';
import { ROW_TYPES, retentionSchedule } from './schedule.ts';
import { namesLogs } from './log-rows.ts';
import { describingText, partyInactive, partyMeasures } from './party-status.ts';
import { planTable } from './plan-table.ts';

export interface RowCandidates {
  row: Block;
  candidates: Candidate[];
  /** The table was read as a whole: the row is not read again as a sentence. */
  final?: boolean;
  /** The row is also read as a sentence, for the attributes its cells gave none of (schedule.ts). */
  merge?: boolean;
  /** With `merge`: attributes the sentence reading may not add. */
  notFromSentence?: string[];

}


const cellText = (doc: SeckbDocument, c: [number, number]) => doc.text.slice(c[0], c[1]).replace(/<[^>]+>/g, '').trim();

/**
 * Claims from the cells of one table (rows of one `group`), or [] when the table is not a
 * backup schedule. `lead` is the text before the table in its section ("How long backups are
 * retained varies by edition").
 */
/**
 * A list of third parties (`Name | Purpose | Location`, `Podmiot | Cel | Lokalizacja`): each row
 * names one subprocessor (or the hosting provider) with its purpose; the location column says
 * where that party works, not where the service is hosted, so rows give no hosting.location.
 */
function subprocessorTable(doc: SeckbDocument, rows: Block[], headerCells: string[], lead: string, lex: Lexicon, outline: readonly string[]): RowCandidates[] {
  // A "Name | Role" table of contacts is no list of processors: the text before it must say so,
  // or a heading above its own (a list page split by category: "Sub-processors" / "Infrastructure").
  const nameCol = headerCells.findIndex((h) => has(lex, 'nameColumn', h));
  // A plain "Location" column is the processing place too, unless it is a registered office.
  const placeOf = (concept: string) => headerCells.findIndex((h, i) => i !== nameCol && has(lex, concept, h) && !has(lex, 'notHostingContext', h));
  const placeCol = placeOf('processingPlaceColumn') >= 0 ? placeOf('processingPlaceColumn') : placeOf('placeColumn');
  const purposeCol = headerCells.findIndex((h, i) => i !== nameCol && i !== placeCol && has(lex, 'purposeColumn', h));
  if (nameCol < 0 || purposeCol < 0) return [];
  // "Provider | Purpose | Location", "Dostawca | Cel | Lokalizacja": the columns alone say it is a
  // list of third parties, whatever the heading above ("Dostawcy usług", "Annex 3").
  const listed = placeCol >= 0 && has(lex, 'partyColumn', headerCells[nameCol]);
  const named = listed || has(lex, 'subprocessorHeading', `${lead} ${headerCells.join(' ')}`);
  // So do a name column beside a column of where data is processed ("Nazwa podmiotu | Cel |
  // Lokalizacja przetwarzania") or of which data each party gets: a register of processors.
  const dataColumn = headerCells.some((h, i) => i !== nameCol && i !== purposeCol && i !== placeCol && has(lex, 'categoryColumn', h));
  const register = placeCol >= 0 && (placeOf('processingPlaceColumn') >= 0 || dataColumn);
  if (!named && !register && !outline.some((h) => has(lex, 'subprocessorHeading', h))) return [];
  const out: RowCandidates[] = [];
  for (const row of rows) {
    if (row.header || !row.cells || row.cells.length <= Math.max(nameCol, purposeCol)) continue;
    const cells = row.cells.map((c) => cellText(doc, c));
    const cols = { name: nameCol, purpose: purposeCol, place: placeCol };
    // "Withdrawn (2026-06-30)", "Planowany": a party gone or not yet engaged says nothing of the service now.
    if (partyInactive(cells, headerCells, cols, lex)) {
      out.push({ row, candidates: [], final: true });
      continue;
    }
    const name = cells[nameCol].replace(/[*_`]/g, '');
    // "[nazwa podmiotu]", "<Provider name>": a template's slot, never filled in, names nobody.
    if (/^[[<{][^\]>}]*[\]>}]$/u.test(name.trim())) continue;
    const purposeText = cellText(doc, row.cells[purposeCol]);
    // "Acme Ireland Ltd | hosting (Microsoft Azure)": the hosting provider's own company.
    // "Microsoft Ireland Operations Limited | Hosting": the company behind a provider, hosting for us.
    const hosting = has(lex, 'hostingContext', purposeText);
    const provider =
      COMMON.providers.find(name)[0]?.key ??
      (hosting ? COMMON.providers.find(purposeText)[0]?.key : undefined) ??
      (hosting || has(lex, 'cloudInfrastructure', purposeText) ? COMMON.providerCompanies.find(name)[0]?.key : undefined);
    // "Stripe Payments Europe, Ltd.": a legal entity of a known service is that service; the name
    // before brackets decides ("Freshworks Inc. (Freshdesk)" keeps the company: README, session 9).
    const own = nameBeforeBrackets(name);
    const slug = partiesNamed(own)[0]?.key ?? organisationSlug(own);
    const purpose = COMMON.subprocessorPurposes.find(purposeText)[0]?.key;
    // Under such a heading only, a row must name a company or a known purpose: a contact table
    // of the same page ("Jane Orchard | Data protection officer") lists people.
    // So must a row of a register told by its columns alone ("Work orders | ... | Database | Records").
    if (!named && !provider && !purpose && !COMMON.orgSuffix.test(nameBeforeBrackets(name)) && COMMON.subprocessors.find(name).length === 0) continue;
    // The hosting provider's row: where it processes the data is where the service is hosted
    // ("Polska, region Poland Central"); another party's place is only where it works, unless it holds the copies ("Off-site backup storage": a backup place).
    // "Atman sp. z o.o. | kolokacja serwerów": a host outside the providers' vocabulary is still the
    // hosting provider (claims.md: no provider claim), never a sub-processor; its places hold the service.
    // With its own servers the vendor hosts itself: a colocation firm is then a third party.
    const otherHost = !provider && COMMON.subprocessors.find(name).length === 0 && has(lex, 'hostingService', purposeText.split(/\s+/).slice(0, 3).join(' ')) && !ownServers(doc);
    const hostedAt = (provider || otherHost || has(lex, 'copyHolderPurpose', purposeText)) && placeCol >= 0 && row.cells[placeCol] ? placesIn(cellText(doc, row.cells[placeCol]), purposeText, provider, lex) : [];
    const candidates: Candidate[] = provider
      ? [{ attribute: 'hosting.provider', value: provider, qualifiers: {} }, ...hostedAt]
      : otherHost
        ? hostedAt
        : slug && /\p{L}/u.test(slug)
        ? [{ attribute: 'subprocessor', value: slug, qualifiers: purpose ? { purpose } : {} }, ...hostedAt]
        : [];
    candidates.push(...partyMeasures(describingText(cells, headerCells, cols, lex), lex, { doc, sectionId: '', lang: lex.lang }));
    // The provider's row whose place cell does not say which place serves which role: its purpose
    // cell may ("hosting in Frankfurt (FRA1); backups in Amsterdam").
    if (provider && hostedAt.length === 0) candidates.push(...placesOfPurpose(purposeText, provider, lex));
    out.push({ row, candidates, final: true });
  }
  return out;
}

/**
 * hosting.location claims of a place cell, read as a sentence naming the provider's place; the
 * purpose cell gives the role ("Backups" | "Sweden (eu-north-1)" is a backup place).
 */
function placesIn(text: string, purpose: string, provider: string | undefined, lex: Lexicon): Candidate[] {
  const ctx = { text, lex, heading: '', before: '', docProvider: provider } as UnitContext;
  const found = location({ text, offset: 0 }, { kind: 'location' }, ctx);
  const copies = has(lex, 'roleBackup', purpose) || has(lex, 'roleFailover', purpose);
  const several = new Set(found.map((v) => v.value)).size > 1;
  // "Ireland (eu-west-1); backups: Sweden (eu-north-1)": the place cell says which place serves which role itself.
  if (several && (has(lex, 'roleBackup', text) || has(lex, 'roleFailover', text))) return found.map((v) => ({ attribute: 'hosting.location', value: v.value, qualifiers: v.qualifiers ?? {} }));
  // "Germany, Finland" beside "hosting and backup storage", "Polska, Szwecja": which place serves
  // which role is not said, unless each serves its customers ("Ireland for EU customers; ...").
  if (several && (copies || !has(lex, 'customerRegionScope', text))) return [];
  const copyRole = has(lex, 'roleBackup', purpose) ? 'backup' : 'failover';
  // "Hosting of the application and its backups" | "Germany": the one place serves both; "hosting
  // kopii zapasowych" (hosting of backups) is a backup place only.
  const roles = !copies ? [undefined] : hostsAndCopies(purpose, lex) ? (found.length === 1 ? [undefined, copyRole] : [undefined]) : [copyRole];
  return found.flatMap((v) => roles.map((role) => ({ attribute: 'hosting.location', value: v.value, qualifiers: { ...v.qualifiers, ...(role ? { role } : {}) } })));
}

const OWN_SERVERS = new WeakMap<SeckbDocument, boolean>();

/** The document says the vendor runs its own servers ("on our own servers in a rented rack"), not denied. */
function ownServers(doc: SeckbDocument): boolean {
  let own = OWN_SERVERS.get(doc);
  if (own === undefined) {
    own = doc.sentences.some((s) => {
      const text = doc.text.slice(s.start, s.end);
      return COMMON.providers.find(text).some((h) => h.key === 'on-premises' && !isNegated(lexiconFor(s.lang), text, h));
    });
    OWN_SERVERS.set(doc, own);
  }
  return own;
}

/** A purpose naming hosting and copies as two things joined ("Hosting and backups", "hosting aplikacji i kopii"). */
function hostsAndCopies(purpose: string, lex: Lexicon): boolean {
  const host = hits(lex, 'hostingPurpose', purpose)[0];
  const copy = hits(lex, 'roleBackup', purpose)[0] ?? hits(lex, 'roleFailover', purpose)[0];
  if (!host || !copy) return false;
  const between = purpose.slice(Math.min(host.end, copy.end), Math.max(host.start, copy.start));
  const join = lex.memo('purposeJoin', (l) => new RegExp(`[,&/+]|(?<![\\p{L}])(?:${l.source('listJoin')})(?![\\p{L}])`, 'iu'));
  return join.test(between);
}

/** hosting.location claims of a provider's purpose cell read as prose, each place with its own role cue. */
function placesOfPurpose(text: string, provider: string, lex: Lexicon): Candidate[] {
  const ctx = { text, lex, heading: '', before: '', docProvider: provider } as UnitContext;
  return location({ text, offset: 0 }, { kind: 'location' }, ctx).map((v) => ({ attribute: 'hosting.location', value: v.value, qualifiers: v.qualifiers ?? {} }));
}

const COPY_TYPES: ReadonlyArray<[string, string]> = [
  ['full', 'typeFull'],
  ['differential', 'typeDifferential'],
  ['incremental', 'typeIncremental'],
  ['files', 'typeFiles'],
  ['database', 'typeDatabase'],
];

/** How often: the kind of copy a row names first is its type ("Database (full and ...)", "Pełna kopia baz danych"), not a retention rung. */
function copyType(label: string, lex: Lexicon): string | undefined {
  const firstAt = (concept: string) => hits(lex, concept, label)[0]?.start ?? Infinity;
  const best = [...COPY_TYPES].sort(([, a], [, b]) => firstAt(a) - firstAt(b))[0];
  return firstAt(best[1]) < Infinity ? best[0] : undefined;
}

/** `outline`: the headings of the sections that hold the table's own (the page title first). */
export function tableCells(doc: SeckbDocument, rows: Block[], lead: string, lex: Lexicon, outline: readonly string[] = []): RowCandidates[] {
  const header = rows.find((r) => r.header) ?? undefined;
  const headerCells = header?.cells?.map((c) => cellText(doc, c)) ?? [];
  const third = subprocessorTable(doc, rows, headerCells, lead, lex, outline);
  if (third.length > 0) return third;
  // Plans as rows or columns (plan-table.ts): the plan is the row's first cell or the column's head.
  const plans = planTable(rows, headerCells, lex, (c) => cellText(doc, c));
  if (plans.whole) return plans.rows;
  const read = new Set(plans.rows.map((r) => r.row));
  return [...backupCells(doc, rows, header, headerCells, lead, lex).filter((r) => !read.has(r.row)), ...plans.rows];
}

function backupCells(doc: SeckbDocument, rows: Block[], header: Block | undefined, headerCells: string[], lead: string, lex: Lexicon): RowCandidates[] {
  const schedule = retentionSchedule(rows, headerCells, lex, (c) => cellText(doc, c));
  if (schedule.length > 0) return schedule;
  const context = `${lead} ${headerCells.join(' ')}`;
  const rowLabels = rows.filter((r) => r !== header).map((r) => (r.cells?.[0] ? cellText(doc, r.cells[0]) : ''));
  const aboutBackups = has(lex, 'backup', context) || rowLabels.some((l) => !namesLogs(l, lex) && (has(lex, 'backup', l) || has(lex, 'pitr', l)));
  if (!aboutBackups) return [];
  const frequency = has(lex, 'frequencyHeader', context);
  // Rows that name kinds of backup ("Point-in-time restore", "Weekly backups") with lengths in
  // their cells make a retention table even when the word "retention" stands nowhere near it.
  const bodyCells = rows.filter((r) => r !== header).flatMap((r) => (r.cells ?? []).slice(1).map((c) => cellText(doc, c)));
  const lengths = bodyCells.filter((t) => findDurations(t, lex).length > 0 && findFrequencies(t, lex).length === 0).length;
  const typed = rowLabels.filter((l) => ROW_TYPES.some(([, c]) => has(lex, c, l))).length;
  const retention = has(lex, 'retention', context) || (!frequency && typed > 0 && lengths > 0 && lengths * 2 >= bodyCells.filter((t) => !/^[-–—]?$/.test(t)).length);
  if (!retention && !frequency) return [];
  const out: RowCandidates[] = [];
  for (const row of rows) {
    if (row === header || !row.cells || row.cells.length < 2) continue;
    const label = cellText(doc, row.cells[0]);
    const type = ROW_TYPES.find(([, c]) => has(lex, c, label))?.[0];
    const candidates: Candidate[] = [];
    // "RPO | 15 minutes" beside a retention table measures recovery, not how long backups stay;
    // "Backup logs | 30 days | 1 year" how long logs stay.
    if ((has(lex, 'recoveryObjective', label) && !type) || namesLogs(label, lex)) {
      out.push({ row, candidates });
      continue;
    }
    row.cells.slice(1).forEach((cell, k) => {
      const text = cellText(doc, cell);
      const head = headerCells[k + 1] ?? '';
      // "Backup | Frequency | Retention": each column says which it holds ("every 4 hours" is how often).
      const kept = has(lex, 'frequencyHeader', head) ? false : has(lex, 'retention', head) ? true : retention;
      const iso = kept ? plainDurations(text, lex)[0]?.iso : findFrequencies(text, lex)[0]?.iso;
      if (!iso) return;
      // A header such as "Retention period" titles the column; only plan names are editions.
      const edition = head && !has(lex, 'retention', head) && !has(lex, 'valueHeader', head) && !has(lex, 'frequencyHeader', head) ? head : undefined;
      const rowType = kept ? type : copyType(label, lex);
      candidates.push({
        attribute: kept ? 'backup.retention' : 'backup.frequency',
        value: iso,
        qualifiers: { ...(rowType ? { type: rowType } : {}), ...(edition ? { edition } : {}) },
      });
    });
    // The row still says what its cells do not ("Restore to any point in time? | Yes | 14 days": PITR
    // too), except a rung's own cadence ("Monthly copy | – | 12 months" is no monthly schedule).
    const rungOnly = type !== undefined && !row.cells.slice(1).some((c) => findFrequencies(cellText(doc, c), lex).length > 0);
    out.push({ row, candidates, merge: candidates.length > 0, ...(rungOnly ? { notFromSentence: ['backup.frequency'] } : {}) });
  }
  return out;
}
