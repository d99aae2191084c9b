/**
 * Claims of running text: sentences and list items, with short label/value line pairs read as
 * one unit, and questions answered by the text after them (an FAQ). Advice, definitions,
 * questions and editor's notes state nothing.
 */
import type { SeckbDocument, Sentence } from '../model/types.ts';
import type { Claim } from './types.ts';
import { clauses, has } from './context.ts';
import { lexiconFor } from './lexicon.ts';
import { runRules } from './engine.ts';
import { endsAsQuestion, questionOf, statesRequirement, withoutFigures } from './answers.ts';
import { OpenQuestion } from './faq.ts';
import { scheduleEntry } from './schedule.ts';
import { toClaims } from './records.ts';
import { opensWithLabel, splitLabelRuns } from './label-runs.ts';
import { contextFor, gluedQuestion, joinBrokenLines, sectionById, spanIndex, type Unit } from './units.ts';
import { append } from '../lists.ts';
import { blockAt } from '../model/block-at.ts';
import { leadAt, listLeads } from './list-leads.ts';
import { withPlanOf } from './plan-table.ts';

/** A UTF-16 unit `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The number of words (runs between white space, as `/\S+/g` finds them) in `text`, counted no
 * further than `limit` + 1: splitting every line of a long document into words cost more than
 * the pairing itself, and a regex exec per word still took 4% of a .docx check.
 */
export function wordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return count;
    inWord = !space;
  }
  return count;
}

/** Whether `text` has at most `n` words (runs between white space). */
export const wordsAtMost = (text: string, n: number): boolean => wordsUpTo(text, n) <= n;

/**
 * Trust pages and listings put a short label on one line and its value on the next ("Data
 * center location(s)" / "Frankfurt, Germany"): such a pair is one unit.
 */
function joinLabels(doc: SeckbDocument, sentences: Sentence[], isTitle: (s: Sentence) => boolean): Sentence[] {
  // List items and contents lines are items of their own, not labels.
  const items = spanIndex(doc.blocks.filter((b) => b.type === 'list-item' || b.type === 'toc-entry'));
  const inItem = (x: Sentence) => items.covers(x.start, x.end);
  const titleBlock = doc.blocks.find((b) => b.type === 'heading');
  const isDocTitle = (x: Sentence) => titleBlock !== undefined && titleBlock.start <= x.start && x.end <= titleBlock.end;
  const short = (x: Sentence) => !/[.!?]$/.test(doc.text.slice(x.start, x.end).trim()) && !isTitle(x) && !inItem(x);
  // Lines without a full stop in a row after a heading: an even run is label/value pairs of their own
  // ("Infrastructure" / "Data hosting company" / "Amazon Web Services" / ...), so the heading
  // labels none of them; an odd run starts with the heading's own value.
  const runAfter = (i: number) => {
    let n = 0;
    while (i + n < sentences.length && short(sentences[i + n]) && (n === 0 || /^\s*\n\s*$/.test(doc.text.slice(sentences[i + n - 1].end, sentences[i + n].start)))) n++;
    return n;
  };
  // "Backups" (h2) / "Daily snapshots" (h4) / "Kept for 21 days": a deeper heading with a value line
  // under it is a card's title, the label of that line, not the value of the heading above it.
  const depthOf = (x: Sentence) => blockAt(doc.blocks, x.start)?.depth ?? 0;
  const titlesValue = (i: number) => {
    const [s, next, prev] = [sentences[i], sentences[i + 1], sentences[i - 1]];
    if (!next || !prev || depthOf(s) <= depthOf(prev) || depthOf(prev) === 0 || isTitle(next) || next.sectionId !== s.sectionId) return false;
    const line = doc.text.slice(next.start, next.end).trim();
    return wordsAtMost(line, 10) && !/[.!?]$/.test(line) && /^\s*\n\s*$/.test(doc.text.slice(s.end, next.start));
  };
  const out: Sentence[] = [];
  // Whether each unit of `out` follows a question: then it is an answer ("Where is data stored?"
  // / "Australia"), never a label for the line after it.
  const answers: boolean[] = [];
  let joined = false;
  for (const [i, s] of sentences.entries()) {
    const prev = out.at(-1);
    const afterTitle = i >= 2 && isTitle(sentences[i - 2]);
    const label = prev ? doc.text.slice(prev.start, prev.end).trim() : '';
    const value = doc.text.slice(s.start, s.end).trim();
    // Short lines are often taken for headings: a label that became a heading still pairs with a
    // bare value line that became one too ("Frankfurt, Germany"), never with a sentence.
    const words = wordsUpTo(value, 10);
    const bare = words <= 6 && !/[.!?]$/.test(value);
    // A label taken for a heading ("Secondary site") pairs with the value line under it; the
    // document's title ("Security at a glance") labels nothing.
    const valueLine = words <= 10 && !/[.!?]$/.test(value);
    const labelFits =
      prev !== undefined && !answers.at(-1) && (isTitle(prev) ? (isTitle(s) ? bare && !titlesValue(i) : valueLine && !isDocTitle(prev) && runAfter(i) % 2 === 1) : true);
    // "3 Encryption" / "3.1 Data at rest": numbered headings are an outline, not labels.
    // "99.9 % monthly" is a value, not a numbered heading.
    const outline = /^\d+(?:\.\d+)*\.?\s+\p{L}/u;
    const numbered = outline.test(label) || outline.test(value);
    const pair: boolean =
      prev !== undefined &&
      !joined &&
      !numbered &&
      labelFits &&
      !inItem(prev) &&
      !inItem(s) &&
      // Across a section start only a bare value taken for a heading pairs, and not with a line
      // that is itself the value of the heading above it ("Cloud provider" / "AWS" / "Region").
      (prev.sectionId === s.sectionId || (valueLine && isTitle(s) && (isTitle(prev) || !afterTitle))) &&
      /^\s*\n\s*$/.test(doc.text.slice(prev.end, s.start)) &&
      wordsAtMost(label, 6) &&
      /\p{L}/u.test(label) &&
      // "Source: https://..." is a line of its own, not a label.
      !/[.!?;,]$|:./.test(label) &&
      words <= 10;
    if (pair && prev) out[out.length - 1] = { ...prev, end: s.end, sectionId: isTitle(prev) || prev.sectionId !== s.sectionId ? s.sectionId : prev.sectionId };
    else {
      out.push(s);
      answers.push(i > 0 && endsAsQuestion(doc.text.slice(sentences[i - 1].start, sentences[i - 1].end)));
    }
    joined = pair;
  }
  return out.filter((s) => !isTitle(s));
}

export function proseClaims(doc: SeckbDocument, docProvider: string | undefined): Claim[] {
  const claims: Claim[] = [];
  const tableRows = spanIndex(doc.blocks.filter((b) => b.type === 'table-row'));
  const inTable = (start: number, end: number) => tableRows.overlaps(start, end);
  // Headings and table-of-contents lines name topics ("4.1 Antivirus"); they state nothing.
  const titles = spanIndex(doc.blocks.filter((b) => b.type === 'heading' || b.type === 'toc-entry'));
  // A short line right under a question ("Where is data stored?" / "Microsoft Azure, Sweden
  // Central") is its answer, even when taken for a heading: in plain text and pdf, where headings
  // are guessed from short lines (markdown, Word and HTML mark theirs).
  const guessed = doc.format === 'txt' || doc.format === 'pdf';
  const answersQuestion = (x: Sentence) => guessed && endsAsQuestion(doc.text.slice(Math.max(0, x.start - 20), x.start));
  // A short "Label: value" line taken for a heading ("Restore tests: monthly") still states its value.
  const isTitle = (x: Sentence) => titles.covers(x.start, x.end) && !opensWithLabel(doc.text.slice(x.start, x.end)) && !answersQuestion(x);
  const seenSections = new Set<string>();
  // A label paired with a value taken for the next heading reads as one unit, but its quote is the value's
  // line: a quote stays inside the one section it names (claims.md).
  const withinSection = (u: Unit): Unit => {
    const section = sectionById(doc, u.sectionId);
    if (!section) return u;
    return { ...u, start: Math.max(u.start, section.start), end: Math.min(u.end, section.end) };
  };
  let open: OpenQuestion | undefined;
  let leads: Map<number, string> | undefined;
  /** Where the unit before ended, when it was a question. */
  let questionEnd: number | undefined;
  const heldUnits: Unit[] = [];
  const close = () => {
    for (const h of open?.close() ?? []) append(claims, toClaims(doc, heldUnits[h.unitIndex], [h.candidate]));
    open = undefined;
  };
  const units = splitLabelRuns(doc.text, joinBrokenLines(doc, joinLabels(doc, doc.sentences.filter((x) => !inTable(x.start, x.end)), isTitle)));
  for (const s of units) {
    const unit: Unit = { start: s.start, end: s.end, sectionId: s.sectionId, lang: s.lang };
    const text = doc.text.slice(s.start, s.end);
    const lex = lexiconFor(s.lang);
    const first = !seenSections.has(s.sectionId);
    seenSections.add(s.sectionId);
    if (open && open.sectionId !== s.sectionId && !answersQuestion(s)) close();
    // An editor's note ("TODO: confirm the weekly copies") is a question to a colleague; advice
    // ("ask your vendor whether ...", "customers should enable MFA") and definitions say nothing
    // of the vendor.
    if (lex.memo('editorNoteStart', (l) => new RegExp(`^\\W*${l.concept('editorNote').source}`, 'u')).test(text)) continue;
    const opener = lex.memo('adviceOpener', (l) => new RegExp(`^[\\W\\d]*(?:${l.source('adviceOpener')})`, 'iu'));
    // Advice in a later clause only ("...; customers should use an encrypted disk") leaves the
    // clauses before it standing: the engine drops that clause alone.
    // A quoted line is someone else's ("> We heard you keep backups for 45 days"), unless it asks:
    // an e-mail reply answers the questions it quotes ("> 4. Do you support MFA?" / "N - not yet").
    const quotedQuestion = /^\s*>\s/.test(text) && endsAsQuestion(text);
    // "Before you delete your account, make sure you have exported your data" advises, and tells that the
    // customer exports on its own (rules: export-before-leaving).
    // Of such advice only that is read.
    const advice = !quotedQuestion && (has(lex, 'statesNothing', clauses(text, lex)[0].text) || opener.test(text));
    const exportReminder = advice && has(lex, 'exportBeforeLeaving', text);
    if (advice && !exportReminder) continue;
    // A section headed by advice to the reader ("Włączcie logowanie dwuskładnikowe", "Questions
    // to ask your vendor") explains and recommends; it states nothing of the writer's service.
    // So does a list of links to other pages ("Related articles", "Zobacz też"): titles, not statements.
    const heading = sectionById(doc, s.sectionId)?.heading ?? '';
    if (has(lex, 'adviceHeading', heading) || has(lex, 'relatedLinksHeading', heading)) continue;
    // A section of plans or gaps ("Roadmap", "Known limitations", "Planowane"): what is not yet held is
    // no claim, but a gap it names ("No edge WAF") is a denial.
    const plans = has(lex, 'plannedHeading', heading);
    // The same list under a bold line instead of a heading ("**Related articles**").
    if (has(lex, 'relatedLinksHeading', leadAt(doc, (leads ??= listLeads(doc)), s.start))) continue;
    // A question in running text ("Is the 99.5% figure still current?") asks; it states nothing,
    // but the text after it may answer it. A statement glued to a question by lost white
    // space ("...w HolandiiCzy dane...?") keeps its part.
    // The other party's requirement in a tender reply ("Zamawiający wymaga ...", "The Buyer requires
    // ...") asks like a question: it states nothing of the vendor, and the response after it answers it.
    if (statesRequirement(text, lex)) {
      close();
      open = new OpenQuestion(text.trim(), s.sectionId, withoutFigures(text.trim(), lex));
      questionEnd = undefined;
      continue;
    }
    if (endsAsQuestion(text)) {
      const glued = gluedQuestion(text, lex);
      if (glued === undefined) {
        // Questions in a row within one paragraph are a checklist ("Are all data encrypted? Are
        // the keys rotated? ..."): what follows comments on the list and answers none of them.
        const inRun = questionEnd !== undefined && !doc.text.slice(questionEnd, s.start).includes('\n');
        close();
        if (!inRun && !has(lex, 'meaningQuestion', text)) open = new OpenQuestion(text.trim(), s.sectionId);
        questionEnd = s.end;
        continue;
      }
      unit.end = s.start + glued;
    }
    questionEnd = undefined;
    const ctx = contextFor(doc, unit, docProvider);
    // The units under a question heading answer it ("Who owns the data?" "You do.").
    // "What do RTO and RPO mean?", "Czym jest 2FA?": a term's meaning is asked, so the answer defines it and
    // lends the question's words to none of its own statements.
    const headingQuestion = first && !has(lex, 'meaningQuestion', ctx.heading) ? questionOf(ctx.heading) : undefined;
    if (headingQuestion) {
      close();
      open = new OpenQuestion(headingQuestion, s.sectionId);
    }
    // "Application logs: 12 months" under "Retention periods": the label names what is kept.
    const read = exportReminder ? runRules(ctx).filter((c) => c.attribute === 'data.export.self_service') : (scheduleEntry(text, ctx.heading, lex) ?? runRules(ctx));
    const alone = plans ? read.filter((c) => c.value === false) : read;
    heldUnits.push(withinSection(unit));
    // Under a plan's heading (plan-table.ts), uptime and recovery figures are that plan's.
    const candidates = withPlanOf(open ? open.answer(ctx, alone, heldUnits.length - 1) : alone, ctx.heading, lex);
    append(claims, toClaims(doc, withinSection(unit), candidates));
  }
  close();
  return claims;
}
