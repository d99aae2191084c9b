/**
 * Findings page (one for both UI languages, src/pages/findings/[...page].astro): shown in the
 * language the address asks for (ui-language.ts, then the rows here: severity and kind from the
 * row, the message from its `data-<lang>` where it differs); filter the page's rows by kind,
 * severity, vendor and language; the status says how many are shown. The per-kind counts above
 * are the whole KB's and stay as they are. A row's excerpt shows on hover, focus and tap of its
 * document link, fetched from the document's page (quotes.ts).
 */
import { getT, isLocale, type Locale } from '../../i18n/index.ts';
import { onQuoteWanted, quoteTip } from './quotes.ts';
import { showInAskedLanguage } from './ui-language.ts';

const from = showInAskedLanguage();
const lang = document.documentElement.lang;
const locale: Locale = isLocale(lang) ? lang : 'en';
const t = getT(locale, 'site');

/** The rows and the title in the language shown, when it is not the one the page is written in. */
function sayRows(): void {
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#finding-table tbody tr')) {
    const [sev, kind, , message] = [...tr.cells];
    if (sev) sev.textContent = t(`severity.${valueOf(tr, 'severity')}`);
    if (kind) kind.textContent = t(`kind.${tr.dataset.kind}`, { defaultValue: tr.dataset.kind });
    const other = message?.dataset[locale];
    if (message && other !== undefined) message.textContent = other;
  }
  const h1 = document.querySelector<HTMLElement>('h1[data-t]');
  document.title = `${t('findings.title')}${h1?.dataset.page ? ` (${h1.dataset.page})` : ''} · ${t('site.title')}`;
  document.getElementById('finding-filters')?.setAttribute('aria-label', t('findings.filters'));
}

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
    status.dataset.n = String(shown);
    status.textContent = t('finding', { count: shown });
  }
}

if (from) sayRows();

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
