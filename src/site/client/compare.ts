/**
 * Comparison page: pick vendors (toggle columns), recompute "differs" markers over the shown
 * columns, export CSV of what is shown (same cells as `seckb compare --format csv`).
 */
import { markDifferences } from '../differs.ts';
import { toCsv } from '../csv.ts';

const picker = document.getElementById('vendor-picker');
const boxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('input[name="vendor"]')];

/** A cell's "differs" marker, made from the page's template: cells that differ at first carry their own. */
function addMarker(td: HTMLElement): HTMLElement | null {
  const template = document.getElementById('differs-marker') as HTMLTemplateElement | null;
  const marker = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (marker) td.append(marker);
  return marker ?? null;
}

function shown(): Set<string> {
  return new Set(boxes().filter((b) => b.checked).map((b) => b.value));
}

function apply(): void {
  const visible = shown();
  for (const el of document.querySelectorAll<HTMLElement>('[data-col]')) el.classList.toggle('hidden-col', !visible.has(el.dataset.col ?? ''));
  for (const row of document.querySelectorAll<HTMLTableRowElement>('#compare-table tr[data-row]')) {
    const cells = [...row.querySelectorAll<HTMLTableCellElement>('td[data-col]')].filter((td) => visible.has(td.dataset.col ?? ''));
    const marks = markDifferences(cells.map((td) => td.dataset.key ?? ''));
    cells.forEach((td, i) => {
      td.classList.toggle('differs', marks.cells[i]!);
      const m = td.querySelector<HTMLElement>('[data-cell-marker]') ?? (marks.cells[i] ? addMarker(td) : null);
      if (m) m.hidden = !marks.cells[i];
    });
    const rm = row.querySelector<HTMLElement>('[data-row-marker]');
    if (rm) rm.hidden = !marks.differs;
  }
}

/** Rows of the CSV: the label cells of each row (JSON on the <tr>), then the shown vendors' cells. */
function shownRows(table: HTMLElement, visible: Set<string>): string[][] {
  const rows: string[][] = [];
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('thead tr[data-csv], tr[data-row]')) {
    const labels = JSON.parse(tr.dataset.csv ?? '[]') as string[];
    const cells = [...tr.querySelectorAll<HTMLElement>('[data-col][data-csv]')].filter((c) => visible.has(c.dataset.col ?? ''));
    rows.push([...labels, ...cells.map((c) => c.dataset.csv ?? '')]);
  }
  return rows;
}

function exportCsv(button: HTMLElement): void {
  const table = document.getElementById('compare-table');
  if (!table) return;
  const blob = new Blob([toCsv(shownRows(table, shown()))], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = button.dataset.filename ?? 'comparison.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

picker?.addEventListener('change', apply);
picker?.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const pick = target.dataset.pick;
  if (!pick) return;
  for (const b of boxes()) b.checked = pick === 'all';
  apply();
});
document.getElementById('export-csv')?.addEventListener('click', (e) => exportCsv(e.currentTarget as HTMLElement));
apply();
