/** Findings page: filter rows by kind, severity, vendor and language; keep counts in step. */
import { pickPlural, type PluralForms } from '../plural.ts';

const form = document.getElementById('finding-filters') as HTMLFormElement | null;
const status = document.getElementById('finding-status');
const FIELDS = ['kind', 'severity', 'vendor', 'lang'] as const;

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const want = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')]));
  const counts = new Map<string, number>();
  let shown = 0;
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#finding-table tbody tr')) {
    const ok = FIELDS.every((f) => !want[f] || tr.dataset[f] === want[f]);
    tr.hidden = !ok;
    if (ok) {
      shown++;
      counts.set(tr.dataset.kind ?? '', (counts.get(tr.dataset.kind ?? '') ?? 0) + 1);
    }
  }
  for (const li of document.querySelectorAll<HTMLElement>('#kind-counts li')) {
    const n = counts.get(li.dataset.kind ?? '') ?? 0;
    const strong = li.querySelector('[data-count]');
    if (strong) strong.textContent = String(n);
    li.classList.toggle('zero', n === 0);
  }
  if (status) {
    const forms = JSON.parse(status.dataset.plural ?? '{}') as PluralForms;
    status.textContent = pickPlural(status.dataset.locale ?? 'en', forms, shown);
  }
}

form?.addEventListener('change', apply);
form?.addEventListener('submit', (e) => e.preventDefault());
