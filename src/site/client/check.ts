/**
 * Draft checker: the findings engine runs here, in the browser, on a document built from the
 * pasted or dropped text (documentFromText): documentFindings, the same rules and risk flags as
 * `seckb check`, messages in the page's language. Nothing is sent anywhere. Text is shown with text
 * nodes only. .docx goes through mammoth's browser build, loaded only when a .docx is opened.
 */
import type { Finding } from '../../findings/types.ts';
import type { SeckbDocument } from '../../model/types.ts';
import { segment, type Mark } from '../highlight.ts';
import { pickPlural, type PluralForms } from '../plural.ts';

/** Text -> document -> findings; both halves load on first use. */
type Check = (text: string, format: 'md' | 'txt', locale: string) => { doc: SeckbDocument; findings: Finding[] };

const root = document.getElementById('checker');
const area = document.getElementById('draft') as HTMLTextAreaElement | null;
const fileInput = document.getElementById('draft-file') as HTMLInputElement | null;
const drop = document.getElementById('drop');
const status = document.getElementById('check-status');
const table = document.getElementById('check-findings') as HTMLTableElement | null;
const textOut = document.getElementById('check-text');
const locale = root?.dataset.locale ?? 'en';
const labels = JSON.parse(root?.dataset.labels ?? '{}') as Record<string, string>;
const findingForms = JSON.parse(root?.dataset.findings ?? '{}') as PluralForms;

let format: 'md' | 'txt' = 'md';

let loading: Promise<Check> | undefined;

/**
 * documentFindings: the rules plus the risk flags of the claims, exactly what `seckb check` runs,
 * with messages in the page's language, on documentFromText's document. Loaded on first use so
 * the page itself stays small.
 */
function loadCheck(): Promise<Check> {
  loading ??= Promise.all([import('../../model/from-text.ts'), import('../../findings/document-findings.ts')]).then(([m, f]) => (text, fmt, loc) => {
    const doc = m.documentFromText(text, { format: fmt, source: `draft.${fmt}` });
    return { doc, findings: f.documentFindings(doc, { locale: loc === 'pl' ? 'pl' : 'en', now: new Date() }) };
  });
  return loading;
}

function showText(text: string, findings: Finding[]): void {
  if (!textOut) return;
  const marks: Mark[] = findings.map((f) => ({ id: `draft-${f.id}`, kind: 'finding', start: f.start, end: f.end, tone: f.severity, title: f.message }));
  textOut.replaceChildren();
  for (const s of segment(text, marks)) {
    if (!s.marks.length) {
      textOut.append(s.text);
      continue;
    }
    const m = document.createElement('mark');
    m.className = [...new Set(s.marks.map((x) => `finding-${x.tone ?? 'info'}`))].join(' ');
    m.title = [...new Set(s.marks.map((x) => x.title ?? ''))].join(' · ');
    m.textContent = s.text;
    const first = s.anchors[0];
    if (first) m.id = first.id;
    textOut.append(m);
  }
}

function showFindings(findings: Finding[]): void {
  if (!table || !status) return;
  const body = table.tBodies[0]!;
  body.replaceChildren();
  for (const f of findings) {
    const tr = document.createElement('tr');
    const cells = [labels[`severity.${f.severity}`] ?? f.severity, labels[`kind.${f.kind}`] ?? f.kind, f.message];
    for (const [i, c] of cells.entries()) {
      const td = document.createElement('td');
      td.textContent = c;
      if (i === 0) td.className = `sev sev-${f.severity}`;
      tr.append(td);
    }
    const td = document.createElement('td');
    td.className = 'excerpt';
    const a = document.createElement('a');
    a.href = `#draft-${f.id}`;
    a.textContent = f.excerpt;
    td.append(a);
    tr.append(td);
    body.append(tr);
  }
  table.hidden = findings.length === 0;
  status.textContent = findings.length ? pickPlural(locale, findingForms, findings.length) : (labels.clean ?? '');
}

async function run(): Promise<void> {
  if (!area || !status) return;
  let check: Check;
  try {
    check = await loadCheck();
  } catch {
    status.textContent = labels.unavailable ?? '';
    return;
  }
  const { doc, findings: found } = check(area.value, format, locale);
  const findings = [...found].sort((a, b) => a.start - b.start || a.end - b.end);
  showFindings(findings);
  showText(doc.text, findings);
}

async function readFile(file: File): Promise<void> {
  if (!area || !status) return;
  const name = file.name.toLowerCase();
  try {
    if (name.endsWith('.docx')) {
      const mammoth = (await import('mammoth/mammoth.browser.js')) as unknown as {
        default?: { extractRawText(i: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> };
        extractRawText?(i: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
      };
      const api = mammoth.extractRawText ? mammoth : mammoth.default!;
      area.value = (await api.extractRawText!({ arrayBuffer: await file.arrayBuffer() })).value;
      format = 'txt';
    } else if (/\.(md|markdown|txt)$/.test(name)) {
      area.value = await file.text();
      format = name.endsWith('.txt') ? 'txt' : 'md';
    } else {
      status.textContent = labels.unsupported ?? '';
      return;
    }
  } catch {
    status.textContent = labels.readError ?? '';
    return;
  }
  await run();
}

document.getElementById('run-check')?.addEventListener('click', () => void run());
area?.addEventListener('input', () => {
  format = 'md';
});
fileInput?.addEventListener('change', () => {
  const f = fileInput.files?.[0];
  if (f) void readFile(f);
});
drop?.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop?.addEventListener('dragleave', () => drop.classList.remove('over'));
drop?.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) void readFile(f);
});
