/**
 * Tabs on a saved page: every panel is in the file, one shown at a time under its tab ("Starter",
 * "Professional", ...). The html reader reads the panels one after another, each headed by its
 * tab's label, so what a panel says stays tied to its plan.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The tab that labels a tab panel: the element its `aria-labelledby` names, or a tab that controls it. */
export class TabLabels {
  private readonly byId = new Map<string, Element>();
  private readonly byPanel = new Map<string, Element>();

  constructor(page: Root) {
    const walk = (nodes: Array<RootContent | ElementContent>): void => {
      for (const n of nodes) {
        if (n.type !== 'element') continue;
        const p = n.properties ?? {};
        if (typeof p.id === 'string' && !this.byId.has(p.id)) this.byId.set(p.id, n);
        const isTab = p.role === 'tab' || p.dataBsToggle === 'tab' || p.dataToggle === 'tab' || p.dataBsToggle === 'pill' || p.dataToggle === 'pill';
        if (isTab) {
          for (const ref of [p.ariaControls, p.dataBsTarget, p.dataTarget, p.href]) {
            const id = String(ref ?? '').replace(/^#/, '');
            if (id && !this.byPanel.has(id)) this.byPanel.set(id, n);
          }
        }
        walk(n.children);
      }
    };
    walk(page.children);
  }

  of(panel: Element): Element | undefined {
    const p = panel.properties ?? {};
    const by = String(p.ariaLabelledBy ?? '').split(/\s+/)[0];
    const label = (by && this.byId.get(by)) || (typeof p.id === 'string' ? this.byPanel.get(p.id) : undefined);
    return label && label !== panel ? label : undefined;
  }
}
