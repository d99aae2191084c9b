/** Version pair page: the two texts side by side, loaded from /versions/<pair>.html (shared-html.ts). */
import { loadShared, showTarget } from './shared-html.ts';

const table = document.querySelector<HTMLTableElement>('#version-text[data-src]');
if (table) {
  void loadShared(table.dataset.src!).then((shared) => {
    const body = shared.querySelector('tbody');
    if (body) table.tBodies[0]?.replaceWith(document.importNode(body, true));
    table.dataset.loaded = 'true';
    showTarget();
  });
}
