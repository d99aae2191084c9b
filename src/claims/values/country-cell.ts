/**
 * A table cell that holds nothing but a two-letter country code ("Hetzner Online GmbH | DE | VPS
 * hosting", a sub-processor list's Country column): that country. Only as a whole cell, and not
 * the codes that are also words or abbreviations a cell may hold alone ("NO" an answer, "IT" and
 * "HR" departments, "CA" a certificate authority, "QA", "ID").
 */
import common from '../../../rules/claims/common.json' with { type: 'json' };

const CODES = new Set(Object.keys(common.countries));
const NOT_CODES = new Set(['CA', 'HR', 'ID', 'IN', 'IS', 'IT', 'MY', 'NO', 'QA', 'SA', 'TH']);
const usable = (code: string) => CODES.has(code) && !NOT_CODES.has(code);

export interface CodeCell {
  start: number;
  end: number;
  country: string;
}

/**
 * The place cell read alone (tables.ts `placesIn`) when it is a code. A row read as a sentence
 * keeps its codes unread: there the cell may be any party's country, not where the service runs.
 */
export function countryCodeCells(text: string): CodeCell[] {
  const alone = /^\s*([A-Z]{2})\s*$/d.exec(text);
  return alone && usable(alone[1]) ? [{ start: alone.indices![1][0], end: alone.indices![1][1], country: alone[1] }] : [];
}
