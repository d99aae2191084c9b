/** Hidden rows and sheets of a questionnaire workbook: left in for the editors, read by seckb, unseen by the buyer. */
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../ingest/readers/xlsx.ts';
import { documentFindings } from '../../src/findings/document-findings.ts';
import { hiddenRuns } from '../../src/findings/rules/hidden-rows.ts';
import { buildDocument } from '../../src/model/build.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import { makeXlsx } from '../ingest/fixtures/make-xlsx.ts';

const header = ['Ref', 'Question', 'Answer', 'Notes'];

describe('hidden-rows / hidden-sheet', async () => {
  const bytes = await makeXlsx([
    {
      name: 'Vendor answers',
      rows: [
        header,
        ['S-1', 'Do you encrypt stored customer files?', 'Yes', 'AES-256 on object storage.'],
        ['S-2', 'Is single sign-on available?', 'No', 'old answer, before the SAML release'],
        ['S-2', 'Is single sign-on available?', 'Yes', 'SAML 2.0 on every plan.'],
        ['S-3', 'Are backups tested?', 'Yes', 'Quarterly restore drill.'],
        ['S-4', 'Odpowiedź robocza: czy logi są przechowywane rok?', 'Tak', 'do potwierdzenia'],
        ['S-5', 'Do you run yearly penetration tests?', 'Yes', 'External firm.'],
      ],
      hiddenRows: [3, 6],
    },
    { name: 'Scratch', rows: [['Draft answers we did not send'], ['S-9', 'Is MFA enforced?', 'No']], hidden: true },
    { name: 'Empty hidden', rows: [], hidden: true },
  ]);
  const doc = buildDocument(await readXlsx(bytes), { id: 'h', source: 'h.xlsx', sha256: 'h' });
  const findings = (locale: 'en' | 'pl') => documentFindings(doc, { locale }).filter((f) => f.rule.startsWith('hidden-'));

  it('one finding per run of hidden rows, on its first row, with the row number as the line', () => {
    const rows = findings('en').filter((f) => f.rule === 'hidden-rows');
    expect(rows.map((f) => [f.excerpt, f.line])).toEqual([
      ['S-2 | Is single sign-on available? | No | old answer, before the SAML release', 3],
      ['S-4 | Odpowiedź robocza: czy logi są przechowywane rok? | Tak | do potwierdzenia', 6],
    ]);
    expect(rows.every((f) => f.kind === 'editorial-note' && f.severity === 'warning')).toBe(true);
    expect(rows[0].message).toMatch(/hidden in the workbook/);
  });

  it('a hidden sheet is one finding on its name, counting its rows; an empty hidden sheet carries nothing', () => {
    const sheets = findings('en').filter((f) => f.rule === 'hidden-sheet');
    expect(sheets.map((f) => f.excerpt)).toEqual(['Scratch']);
    expect(sheets[0].message).toContain('its 2 rows');
    expect(findings('pl').find((f) => f.rule === 'hidden-sheet')?.message).toContain('arkusz jest ukryty');
  });

  it('consecutive hidden rows make one run', async () => {
    const two = await makeXlsx([{ name: 'Q', rows: [header, ['A', 'Is data encrypted?', 'Yes'], ['B', 'Is MFA on?', 'No'], ['C', 'Is SSO on?', 'No'], ['D', 'Backups?', 'Yes']], hiddenRows: [3, 4] }]);
    const d = buildDocument(await readXlsx(two), { id: 't', source: 't.xlsx', sha256: 't' });
    expect(hiddenRuns(d).map((r) => [d.text.slice(r.first.start, r.first.end), r.rows])).toEqual([['B | Is MFA on? | No', 2]]);
    expect(documentFindings(d, { locale: 'pl' }).find((f) => f.rule === 'hidden-rows')?.message).toMatch(/^2 wiersze/);
  });

  it('other formats have nothing hidden', () => {
    expect(hiddenRuns(documentFromText('| Q | A |\n|---|---|\n| Is data encrypted? | Yes |', { id: 'm' }))).toEqual([]);
  });
});
