/**
 * The frame of a statement, for comparing two statements of one document. Claims of one key with
 * different values can both hold when the sentences frame them apart: "TLS 1.0 is still accepted
 * from legacy gateways" / "all other traffic requires TLS 1.2"; "attachments in the on-site
 * gateway's cache are not encrypted" / "all data in the cloud service is encrypted"; "if you
 * delete your account, data goes within 7 days" / "at the end of the contract, within 90 days";
 * "you can still restore it for 14 days" / "then it is purged within 30 days"; "backups are copied
 * once a day to a second region" / "backups every four hours"; "we plan to ..." / what holds now.
 * Cue words are data (rules/{en,pl}/statement-frames.json); both languages' cues apply to every
 * document, as a Polish paper may quote an English term. Browser-safe.
 */
import cardinality from '../../rules/common/claim-cardinality.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import type { Block, SeckbDocument, Section } from '../model/types.ts';
import { blockAt } from '../model/block-at.ts';
import { ANAPHORIC, PRESENT_DENIAL, customerSide, speaksOfPart, datedTimeframe, internalOnly, judgesOutcome, RE, ROW_SUBJECTS, schemeTiersOf, scopesOf, tiersOf, TIMEFRAMES, TRIGGERS, withoutPeriods } from './frame-cues.ts';
import { figureFrameOf, figuresAgree, settingsApart, type FigureFrame } from './figure-frames.ts';

const FRAME_ATTRIBUTES: Record<string, string[]> = cardinality.frameAttributes;

export interface Frame {
  /** A note to an editor or what another text says ("NOTE TO LEGAL: the template still says ..."). */
  reported: boolean;
  /** A measured outcome judged against an objective ("the restore took 5 hours, which missed our RTO"). */
  outcome: boolean;
  /** "All other traffic ...": the rest of what the document names elsewhere. */
  remainder: boolean;
  /** "Most data is not encrypted", "niektóre pliki": a statement about part of the data. */
  partial: boolean;
  /** "All data is encrypted", "any data": its own words admit no exception for the data as a whole. */
  whole: boolean;
  /** "... still accepted on one legacy endpoint": an exception for a named part. */
  exception: boolean;
  /** "any", "every", "none": a statement that admits no exception (read with its block's lead). */
  universal: boolean;
  /**
   * A part outside the hosted service (an on-site gateway, a connector, a mobile device, a copy on
   * a server at the vendor's office), named in the statement or, when it refers back ("This copy"),
   * in its lead.
   */
  separateComponent: boolean;
  /** The vendor's own staff or corporate IT, not the product's users ("staff accounts on our internal systems", "corporate e-mail"). */
  internal: boolean;
  /** What the customer's side does ("Customer administrators review their users' rights yearly"): no commitment of the vendor. */
  customerSide: boolean;
  /** What sets the statement off, when exactly one trigger is named ("customer-deletion", "contract-end"). */
  trigger?: string;
  /** An undo window of a staged process ("can still be restored for 14 days"). */
  stage: boolean;
  /** A copy sent to a second place, a step of a backup scheme. */
  copyStep: boolean;
  /** The tiers of a backup scheme the statement names besides the operational backups ("archive", "point-in-time"), '' when none. */
  schemeTier: string;
  /** "planned" or "past" when the statement speaks of another time than now. */
  timeframe?: string;
  /** The plans the statement names ("enterprise"), '' when none. */
  tiers: string;
  /** The row label (first cell) when the statement is a row of a table: rows tell of different things. */
  row?: string;
  /** What the statement is about per scope dimension ("data=database;region=eu", frame-cues.ts scopesOf), '' when general. */
  scopes: string;
  /** A remedy for a missed commitment ("a service credit if availability falls below 99%"): its figures are thresholds. */
  remedy: boolean;
  /** How the statement's figure is meant (figure-frames.ts): an option, a typical value, an example, a range, a changed-from value. */
  figure: FigureFrame;
}

function only(list: Array<[string, RegExp]>, text: string): string | undefined {
  const hits = list.filter(([, re]) => re.test(text));
  return hits.length === 1 ? hits[0][0] : undefined;
}

/**
 * The frame of a statement's text; `lead` is the text before it in its block, where "any ..." may
 * stand ("each month", "every night" count a period, never a population).
 */
export function frameOf(text: string, lead = ''): Frame {
  const remainder = RE.remainder.test(text);
  const scopes = scopesOf(text);
  return {
    reported: RE.reported.test(text),
    outcome: judgesOutcome(text),
    remainder,
    partial: speaksOfPart(text),
    whole: !remainder && scopes === '' && (RE.universal.test(withoutPeriods(text)) || RE.wholeData.test(text)),
    exception: RE.exception.test(text),
    universal: !remainder && (RE.universal.test(withoutPeriods(text)) || RE.universal.test(withoutPeriods(lead))),
    separateComponent: RE.separateComponent.test(text) || (ANAPHORIC.test(text) && RE.separateComponent.test(lead)),
    internal: internalOnly(text),
    customerSide: customerSide(text),
    trigger: only(TRIGGERS, text),
    stage: RE.stage.test(text),
    copyStep: RE.copyStep.test(text),
    schemeTier: schemeTiersOf(text),
    // A measured figure or a dated one ("until March 2025", "from 1 March 2027 ... will") tells of another time too.
    timeframe: only(TIMEFRAMES, text) ?? datedTimeframe(text),
    tiers: tiersOf(text),
    scopes,
    remedy: RE.remedy.test(text),
    figure: figureFrameOf(text),
  };
}

/** The statement ties what it says to backups expiring ("deleted data ages out of the backups"). */
export const tiedToExpiry = (text: string): boolean => RE.expiry.test(text);

const counts = (frame: keyof typeof FRAME_ATTRIBUTES, attribute: string) => FRAME_ATTRIBUTES[frame].some((p) => attribute.startsWith(p));

/**
 * Two statements about different things of one dimension ("database backups" / "backups of
 * attachments"; "EU customers" / "US customers") both hold. A statement naming none of a
 * dimension is general: beside a scoped one it is compared as before (general-scoped.ts decides).
 */
function scopesApart(attribute: string, a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return false;
  const dims = (s: string) => new Map(s.split(';').map((p) => p.split('=') as [string, string]));
  const [da, db] = [dims(a), dims(b)];
  for (const [dim, values] of da) {
    // The store (production or backups) sets apart only what a statement of either may be about (claim-cardinality.json frameAttributes).
    if (dim === 'store' && !counts('store', attribute)) continue;
    const other = db.get(dim);
    if (other !== undefined && !values.split(',').some((v) => other.split(',').includes(v))) return true;
  }
  return false;
}

/**
 * Two table rows tell of different things when their labels differ and one of them does not name
 * the attribute's subject ('Work orders' beside 'Backups'); rows that both name it ('How long are
 * backups kept?', 'Backup retention') speak of one thing, so their values are compared.
 */
function rowsApart(attribute: string, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  const subject = ROW_SUBJECTS.get(attribute.split('.')[0]);
  return subject !== undefined && !(subject.test(a) && subject.test(b));
}


/**
 * Why two statements of one attribute both hold although their values differ, or undefined when
 * their frames do not set them apart (then a difference is a contradiction).
 */
export function framesApart(attribute: string, a: Frame, b: Frame, plansKnown = false): string | undefined {
  if (a.reported || b.reported) return 'reported';
  if (a.outcome || b.outcome) return 'outcome';
  if (rowsApart(attribute, a.row, b.row)) return 'table-row';
  if (a.remainder || b.remainder) return 'remainder';
  // Part of the data ("most data is not encrypted") beside anything but a rule of its own for all
  // of it ("all data is encrypted"; not "all secure data", "any files"): both hold.
  if (a.partial !== b.partial && !(a.partial ? b.whole : a.whole)) return 'partial';
  // A part outside the service still sends its traffic to the service: a rule for all traffic covers it.
  if (a.separateComponent !== b.separateComponent && !(counts('componentTraffic', attribute) && (a.separateComponent ? b.universal : a.universal))) {
    return 'separate-component';
  }
  // An exception contradicts only a statement that admits none ("no longer accepted by any edition").
  if (a.exception !== b.exception && !(a.exception ? b.universal : a.universal)) return 'exception';
  if (a.customerSide !== b.customerSide) return 'customer-side';
  // The vendor's own staff accounts or corporate systems beside the product: other accounts, other systems.
  if (a.internal !== b.internal && counts('internal', attribute)) return 'internal';
  if (a.trigger && b.trigger && a.trigger !== b.trigger) return 'trigger';
  if (a.timeframe !== b.timeframe) return 'timeframe';
  // Another plan, or one plan beside a general rule that admits exceptions ("30 days; 90 on the
  // Enterprise plan"); a rule "for all users" or "on every plan" admits none.
  if (!plansKnown && a.tiers !== b.tiers && (a.tiers && b.tiers ? true : !(a.tiers ? b.universal : a.universal))) return 'tier';
  if (scopesApart(attribute, a.scopes, b.scopes)) return 'scope';
  if (a.remedy || b.remedy) return 'remedy';
  if (settingsApart(a.figure, b.figure)) return 'setting';
  if ((a.stage || b.stage) && counts('stage', attribute)) return 'stage';
  if ((a.copyStep || b.copyStep) && counts('copyStep', attribute)) return 'copy-step';
  // An archive copy or the point-in-time window beside the operational backups: another tier of the scheme.
  if (a.schemeTier !== b.schemeTier && counts('schemeTier', attribute)) return 'scheme-tier';
  return undefined;
}

/**
 * A document of changes (release notes, a change log), named so by its title or first headings:
 * its entries tell of what was and what is now, so its statements are never compared as one state.
 */
export function isChangeLog(doc: Pick<SeckbDocument, 'title' | 'sections'>): boolean {
  return [doc.title, ...doc.sections.slice(0, 2).map((s) => s.heading)].some((t) => t !== undefined && RE.changelog.test(t));
}

/** Where a claim stands in its document: the text before it in its block, its table row's label, and whether a section of changes holds it. */
export interface ClaimPlace {
  lead(c: Claim): string;
  row(c: Claim): string | undefined;
  inChanges?(c: Claim): boolean;
}

/**
 * The spans of a document's sections of changes ("Changes since edition 2", "What has changed",
 * "Historia zmian"): each runs from its heading to the next heading of its level or higher.
 */
export function changeSections(sections: ReadonlyArray<Pick<Section, 'heading' | 'level' | 'start' | 'end'>>, textEnd: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  sections.forEach((s, i) => {
    if (!RE.changelog.test(s.heading)) return;
    const next = sections.slice(i + 1).find((n) => n.level <= s.level);
    out.push([s.start, next ? next.start : textEnd]);
  });
  return out;
}

/** Frames of claims, computed once per quote, lead and row. */
export class FrameCache {
  private readonly byKey = new Map<string, Frame>();
  private readonly lone = new Map<Claim, boolean>();
  constructor(
    private readonly place: ClaimPlace = { lead: () => '', row: () => undefined },
    /** Every pair is apart: the statements are entries of a change log (isChangeLog). */
    private readonly dated = false,
  ) {}

  of(c: Claim): Frame {
    const lead = this.place.lead(c);
    const row = this.place.row(c);
    // A denial that opens its answer ("No | Planned for version 5") holds now: the plan is of what it denies.
    const deniedNow = c.value === false && PRESENT_DENIAL.test(c.quote);
    const key = `${lead}\u0000${row ?? ''}\u0000${deniedNow}\u0000${c.quote}`;
    let f = this.byKey.get(key);
    if (!f) {
      f = { ...frameOf(c.quote, lead), ...(row !== undefined ? { row } : {}) };
      if (deniedNow && f.timeframe === 'planned') f.timeframe = undefined;
      this.byKey.set(key, f);
    }
    return f;
  }

  /**
   * True when the claim is apart from every other of its attribute, whatever that one says: an
   * entry of a change log or a section of changes, or a frame that sets it apart on its own side
   * (reported, an outcome, a remainder, a remedy, a stage or a copy step where they count).
   */
  alone(c: Claim): boolean {
    let out = this.lone.get(c);
    if (out === undefined) {
      const f = this.dated || this.place.inChanges?.(c) ? undefined : this.of(c);
      out = !f || f.reported || f.outcome || f.remainder || f.remedy || (f.stage && counts('stage', c.attribute)) || (f.copyStep && counts('copyStep', c.attribute));
      this.lone.set(c, out);
    }
    return out;
  }

  /**
   * True when the two claims' frames set them apart (see framesApart) or one is a lower bound the
   * other meets. Plans count only when the claims carry none: an `edition` qualifier already keys
   * or scopes the comparison.
   */
  apart(a: Claim, b: Claim): boolean {
    // An entry of a change log, or of a section of changes, tells of before and after.
    if (this.dated || this.place.inChanges?.(a) || this.place.inChanges?.(b)) return true;
    const [fa, fb] = [this.of(a), this.of(b)];
    const plansKnown = a.qualifiers.edition !== undefined || b.qualifiers.edition !== undefined;
    return figuresAgree(a, fa.figure, b, fb.figure) || framesApart(a.attribute, fa, fb, plansKnown) !== undefined;
  }
}

/** A cell that only numbers its row or names a control ("7", "4.2", "BCR-10", "IAM-14.2"): no label. */
const ROW_ID = /^[\p{L}]{0,6}[-.\s]?\d{1,4}(?:[.-]\d{1,4}){0,3}[a-z]?\.?$/u;

/** The label (first cell past a row number or control id, case-folded) of the body table row holding `start`, if a row of two or more cells does. */
export function rowLabelAt(text: string, blocks: readonly Block[], start: number): string | undefined {
  const block = blockAt(blocks, start);
  if (!block || block.type !== 'table-row' || block.header || !block.cells || block.cells.length < 2) return undefined;
  const cells = block.cells.map(([from, to]) => text.slice(from, to).trim());
  const label = cells.length > 2 && ROW_ID.test(cells[0]) ? cells[1] : cells[0];
  return label.toLowerCase() || undefined;
}

/** How far back in its block a statement's lead reaches: the sentence before it, not a whole long block. */
const LEAD_CHARS = 300;

/** The text of a block before `start`, at most LEAD_CHARS (blocks sorted by start, as a document holds them). */
export function leadInBlock(text: string, blocks: ReadonlyArray<{ start: number; end: number }>, start: number): string {
  const block = blockAt(blocks, start);
  return block ? text.slice(Math.max(block.start, start - LEAD_CHARS), start) : '';
}
