/**
 * When citing the hosting provider's certificates is a red flag (rule risk-only-provider-certs):
 * when the document raises the vendor's own certification and answers it with the provider's.
 * That is: the certificate stands under a heading, a question or a row label about certification
 * ("Do you hold ISO 27001?", "Certifications", "Certyfikaty"; not "Data centre compliance", which
 * asks about the facility), or the document says the vendor holds none yet ("we are not certified
 * ourselves", "working towards ISO 27001", "certyfikację planujemy"). A data centre's certificates
 * told while describing hosting or physical security are a fact about the facility: real security
 * pages, TOM annexes and questionnaires do this all the time (rules/{en,pl}/risk-frames.json).
 * Browser-safe.
 */
import en from '../../rules/en/risk-frames.json' with { type: 'json' };
import pl from '../../rules/pl/risk-frames.json' with { type: 'json' };
import type { Claim } from '../claims/types.ts';
import type { SeckbDocument } from '../model/types.ts';
import { blockIndexAt } from '../model/block-at.ts';
import { clauses } from './clauses.ts';
import { cueRe } from './frame-cues.ts';
import { nearRe, type Near } from './near-cues.ts';

const LANGS = [en, pl];
const TOPIC = cueRe(LANGS.flatMap((l) => l.certTopic));
const FACILITY = cueRe(LANGS.flatMap((l) => l.infrastructure));
const OWN = cueRe(LANGS.flatMap((l) => l.ownWord));
const PENDING = nearRe(LANGS.flatMap((l) => l.ownCertPending as Near[]))!;

type CertDoc = Pick<SeckbDocument, 'text' | 'blocks' | 'sentences'>;

/** A clause saying the vendor holds no certificate yet; a clause naming the provider or data centre is about them, unless it says "own". */
const pendingClause = (clause: string): boolean => PENDING.test(clause) && (!FACILITY.test(clause) || OWN.test(clause));

/** The document says, somewhere, that the vendor itself is not (yet) certified. */
export function ownCertificationPending(doc: CertDoc): boolean {
  return doc.sentences.some((s) => {
    const text = doc.text.slice(s.start, s.end);
    return clauses(text, ';,').some(([a, b]) => pendingClause(text.slice(a, b)));
  });
}

/** About certification and not about the facility ("Certifications", "Are you ISO 27001 certified?"; not "Data centre compliance"). */
const certTopic = (text: string): boolean => TOPIC.test(text) && !FACILITY.test(text);

/**
 * The claim answers a question about certification: its nearest heading, the last question
 * (a block ending in "?") between that heading and the claim, or the text of its own block
 * before it (a questionnaire row's question cell, a "Label:" line).
 */
export function answersCertification(doc: CertDoc, claim: Pick<Claim, 'start'>): boolean {
  const i = blockIndexAt(doc.blocks, claim.start);
  if (i < 0) return false;
  const own = doc.blocks[i];
  // A row's question or label cells (all but its last), or the words of its block before the claim.
  const upTo = own.cells && own.cells.length > 1 ? own.cells[own.cells.length - 1][0] : claim.start;
  const before = doc.text.slice(own.start, upTo);
  if (before.trim() && certTopic(before)) return true;
  for (let j = i - 1; j >= 0; j--) {
    const b = doc.blocks[j];
    const text = doc.text.slice(b.start, b.end);
    if (b.type === 'heading') return certTopic(text);
    if (text.trimEnd().endsWith('?')) return certTopic(text);
  }
  return false;
}

/** Citing the provider's certificates is a risk here: the document raises the vendor's own. */
export const raisesOwnCertification = (doc: CertDoc, infra: ReadonlyArray<Pick<Claim, 'start'>>): boolean =>
  infra.some((c) => answersCertification(doc, c)) || ownCertificationPending(doc);
