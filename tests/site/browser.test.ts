/**
 * The built site in Chromium (playwright-core, Debian's /usr/bin/chromium): every view in both
 * languages, Polish plurals, search, vendor toggles, CSV export, the draft checker, XSS as text,
 * CSP and no third-party requests. Builds a KB from content/sources (+ one XSS document) and the
 * site into tests/output/site/ once for all the tests, which live by subject in tests/site/browser/
 * (set-up in context.ts), and saves screenshots to tests/output/screenshots/ (not under CI=true
 * unless SECKB_SCREENSHOTS=1).
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { checkerAndFindingsTests } from './browser/checker-findings.ts';
import { CHROMIUM, have, resetProblems, setUp, tearDown } from './browser/context.ts';
import { documentPageTests } from './browser/documents.ts';
import { pairPageTests } from './browser/pairs.ts';
import { phoneAndKeyboardTests } from './browser/phone-keyboard.ts';
import { searchAndCompareTests } from './browser/search-compare.ts';
import { viewTests } from './browser/views.ts';

if (!have && process.env.CI === 'true') {
  describe('site in the browser', () => {
    it('needs chromium under CI', () => {
      throw new Error(`${CHROMIUM} missing: CI=true requires it (apt-get install chromium)`);
    });
  });
}

(have ? describe : describe.skip)(have ? 'site in the browser' : `site in the browser (skipped: ${CHROMIUM} not installed)`, () => {
  // Ingest and build run in child processes (several minutes on a loaded 2-core machine).
  beforeAll(setUp, 600_000);
  beforeEach(resetProblems);
  afterAll(tearDown);
  viewTests();
  searchAndCompareTests();
  checkerAndFindingsTests();
  phoneAndKeyboardTests();
  documentPageTests();
  pairPageTests();
});
