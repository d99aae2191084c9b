/**
 * Lists of third parties as tables (`Name | Purpose | Location`, `Podmiot | Cel | Lokalizacja`):
 * one subprocessor per row, or the hosting provider and its places (tables.ts hands every table here first).
 */
import type { Block, SeckbDocument } from '../model/types.ts';
import { has, hits, isNegated, type UnitContext } from './context.ts';
import { lexiconFor } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { location } from './values/location.ts';
import type { Candidate } from './engine.ts';
import { COMMON, organisationSlug } from './common.ts';
import { nameBeforeBrackets, partiesNamed } from './values/organisation.ts';
import { describingText, partyInactive, partyMeasures } from './party-status.ts';
import type { RowCandidates } from './tables.ts';
import { isSelf } from './self-party.ts';
import { firmsListed, guessedNameColumn, guessedPurposeColumn } from './party-columns.ts';

/** A cell's text, markup stripped (tables.ts). */
type CellText = (c: [number, number]) => string;

/**
 * A list of third parties (`Name | Purpose | Location`, `Podmiot | Cel | Lokalizacja`): each row
 * names one subprocessor (or the hosting provider) with its purpose; the location column says
 * where that party works, not where the service is hosted, so rows give no hosting.location.
 */
export function subprocessorTable(doc: SeckbDocument, rows: Block[], flagged: string[], lead: string, lex: Lexicon, outline: readonly string[], cellText: CellText): RowCandidates[] {
  // Rows between pipes with no rule under the first and no digit below it come without a header:
  // a first row of column names ("Supplier | Service | Location") is one all the same.
  const labels = flagged.length === 0 ? labelRow(rows[0], lex, cellText) : undefined;
  const headerCells = labels ?? flagged;
  // A "Name | Role" table of contacts is no list of processors: the text before it must say so,
  // or a heading above its own (a list page split by category: "Sub-processors" / "Infrastructure").
  // Column names the reader does not know ("# | Provider | Category", "Partner | Zakres | Państwo") under
  // a lead that says sub-processors follow: the columns are guessed from their cells (party-columns.ts).
  const leadSays = has(lex, 'subprocessorHeading', lead);
  const knownName = headerCells.findIndex((h) => has(lex, 'nameColumn', h));
  const nameCol = knownName >= 0 ? knownName : leadSays ? guessedNameColumn(rows, headerCells, lex, cellText) : -1;
  // A plain "Location" column is the processing place too, unless it is a registered office.
  const placeOf = (concept: string) => headerCells.findIndex((h, i) => i !== nameCol && has(lex, concept, h) && !has(lex, 'notHostingContext', h));
  const placeCol = placeOf('processingPlaceColumn') >= 0 ? placeOf('processingPlaceColumn') : placeOf('placeColumn');
  const knownPurpose = headerCells.findIndex((h, i) => i !== nameCol && i !== placeCol && has(lex, 'purposeColumn', h));
  const width = Math.max(headerCells.length, rows[0]?.cells?.length ?? 0);
  const purposeCol = knownPurpose >= 0 ? knownPurpose : leadSays && nameCol >= 0 ? guessedPurposeColumn(headerCells, width, nameCol, placeCol, lex) : -1;
  if (nameCol < 0 || purposeCol < 0) return [];
  if ((knownName < 0 || knownPurpose < 0) && !firmsListed(rows, nameCol, purposeCol, lex, cellText)) return [];
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
    if (labels && row === rows[0]) {
      out.push({ row, candidates: [], final: true });
      continue;
    }
    if (row.header || !row.cells || row.cells.length <= Math.max(nameCol, purposeCol)) continue;
    const cells = row.cells.map((c) => cellText(c));
    const cols = { name: nameCol, purpose: purposeCol, place: placeCol };
    // "Withdrawn (2026-06-30)", "Planowany": a party gone or not yet engaged says nothing of the service now.
    if (partyInactive(cells, headerCells, cols, lex)) {
      out.push({ row, candidates: [], final: true });
      continue;
    }
    const name = cells[nameCol].replace(/[*_`]/g, '');
    // "[nazwa podmiotu]", "<Provider name>": a template's slot, never filled in, names nobody.
    if (/^[[<{][^\]>}]*[\]>}]$/u.test(name.trim())) continue;
    const purposeText = cellText(row.cells[purposeCol]);
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
    // The vendor's own row ("Acme Ltd | Delivery of the service") names no third party.
    if (!provider && isSelf(doc, slug)) {
      out.push({ row, candidates: [], final: true });
      continue;
    }
    // Under such a heading only, a row must name a company or a known purpose: a contact table
    // of the same page ("Jane Orchard | Data protection officer") lists people.
    // So must a row of a register told by its columns alone ("Work orders | ... | Database | Records").
    if (!named && !provider && !purpose && !COMMON.orgSuffix.test(nameBeforeBrackets(name)) && COMMON.subprocessors.find(name).length === 0) continue;
    // The hosting provider's row: where it processes the data is where the service is hosted
    // ("Polska, region Poland Central"); another party's place is only where it works, unless it holds the copies ("Off-site backup storage": a backup place).
    // "Atman sp. z o.o. | kolokacja serwerów", "Railway | Application hosting": a host outside the
    // providers' vocabulary (claims.md: no provider claim) is a sub-processor all the same, and its
    // places hold the service. With its own servers the vendor hosts itself: the places are not the service's.
    const otherHost = !provider && COMMON.subprocessors.find(name).length === 0 && has(lex, 'hostingService', purposeText.split(/\s+/).slice(0, 3).join(' ')) && !ownServers(doc);
    const hostedAt = (provider || otherHost || has(lex, 'copyHolderPurpose', purposeText)) && placeCol >= 0 && row.cells[placeCol] ? placesIn(cellText(row.cells[placeCol]), purposeText, provider, lex) : [];
    const candidates: Candidate[] = provider
      ? [{ attribute: 'hosting.provider', value: provider, qualifiers: {} }, ...hostedAt]
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

/** The cells of a row that names columns: a name column and a purpose column, every cell a short label. */
function labelRow(row: Block | undefined, lex: Lexicon, cellText: CellText): string[] | undefined {
  const cells = row?.cells?.map(cellText);
  if (!cells || cells.length < 2 || cells.some((c) => c.length > 40 || /\d/.test(c))) return undefined;
  const name = cells.findIndex((c) => has(lex, 'nameColumn', c));
  return name >= 0 && cells.some((c, i) => i !== name && has(lex, 'purposeColumn', c)) ? cells : undefined;
}
