/** Claims P/R on the labelled questionnaires (EN/PL, CAIQ-shaped and free-form, .xlsx and .csv). */
import { expect, it } from 'vitest';
import { labelledQuestionnaires, scoreQuestionnaires } from './questionnaire-eval.ts';

it('the labelled set covers EN and PL, CAIQ-shaped and free-form, .xlsx and .csv', async () => {
  const set = await labelledQuestionnaires();
  expect(new Set(set.map((q) => q.doc.language))).toEqual(new Set(['en', 'pl']));
  expect(new Set(set.map((q) => q.doc.format))).toEqual(new Set(['xlsx', 'csv']));
  expect(set.reduce((n, q) => n + q.labels.length, 0)).toBeGreaterThanOrEqual(40);
});

// First run, before any tuning on this set: P 0.953, R 0.854 (tests/claims/questionnaire-eval.ts).
it('claims precision and recall stay above their floors', async () => {
  const { precision, recall, report } = await scoreQuestionnaires();
  expect(precision, report).toBeGreaterThanOrEqual(0.9);
  expect(recall, report).toBeGreaterThanOrEqual(0.8);
});
