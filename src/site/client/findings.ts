/**
 * Findings page: filter the page's rows by kind, severity, vendor and language; the status says how
 * many are shown. The per-kind counts above are the whole KB's and stay as they are. A row's
 * excerpt shows on hover, focus and tap of its document link, fetched from the document's page (quotes.ts).
 */
import { pickPlural, type PluralForms } from '../plural.ts';
import { onQuoteWanted, quoteTip } from './quotes.ts';

const form = document.getElementById('finding-filters') as HTMLFormElement | null;
const status = document.getElementById('finding-status');
const FIELDS = ['kind', 'severity', 'vendor', 'lang'] as const;

/** A row's value for a filter: data attributes, but its severity from its first cell's class (sev-<severity>) and its language from its document link's. */
function valueOf(tr: HTMLTableRowElement, field: (typeof FIELDS)[number]): string {
  if (field === 'lang') return tr.querySelector<HTMLElement>('td.q > a')?.lang ?? '';
  if (field !== 'severity') return tr.dataset[field] ?? '';
  return [...(tr.cells[0]?.classList ?? [])].find((c) => c.startsWith('sev-'))?.slice(4) ?? '';
}

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const want = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')]));
  let shown = 0;
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#finding-table tbody tr')) {
    const ok = FIELDS.every((f) => !want[f] || valueOf(tr, f) === want[f]);
    tr.hidden = !ok;
    if (ok) shown++;
  }
  if (status) {
    const forms = JSON.parse(status.dataset.plural ?? '{}') as PluralForms;
    status.textContent = pickPlural(status.dataset.locale ?? 'en', forms, shown);
  }
}

form?.addEventListener('change', apply);
form?.addEventListener('submit', (e) => e.preventDefault());

const table = document.getElementById('finding-table');
if (table) {
  onQuoteWanted(table, 'td.q', (td) => {
    const link = td.querySelector<HTMLAnchorElement>(':scope > a');
    if (link)
      quoteTip(td, link, (tip, q) => {
        tip.textContent = q?.text ?? '';
        if (q) tip.lang = q.lang;
      });
  });
}
