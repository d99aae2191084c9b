/**
 * Words for a document-level drift item in the reader's language (CLI summary and site), built
 * from its structured fields; `detail` in the JSON stays the English machine text.
 */
import type { TFunction } from 'i18next';
import type { DriftItem } from './types.ts';

const OPENING = 60;

export interface DriftText {
  title: string;
  detail: string;
}

function state(t: TFunction, version: string | undefined, date: string | undefined): string {
  const parts = [version ? t('drift.version', { version }) : '', date ?? ''].filter(Boolean);
  return parts.length ? parts.join(', ') : t('drift.undated');
}

/** `t` is fixed to the `align` namespace. */
export function describeDrift(item: DriftItem, t: TFunction): DriftText {
  const known = item.older === 'target' ? '' : '.unversioned';
  if (item.kind === 'version-drift') {
    const source = state(t, item.sourceVersion, item.sourceDate);
    const target = state(t, item.targetVersion, item.targetDate);
    return item.older === 'source'
      ? { title: t('drift.version-drift.source-older'), detail: t('drift.versions.source-older', { source, target }) }
      : { title: t('drift.version-drift'), detail: t('drift.versions', { source, target }) };
  }
  const passages = t('drift.passages', { count: item.passages ?? 0 });
  const place = item.kind === 'section-added' ? item.source : item.target;
  // A block without a heading is named by its first words.
  const name = item.heading ?? (place.text.length > OPENING ? `${place.text.slice(0, OPENING).replace(/\s+\S*$/u, '')}…` : place.text);
  return {
    title: t(`drift.${item.kind}${known}`),
    detail: `${t('drift.quote', { text: name.replace(/\s+/g, ' ') })} · ${passages}`,
  };
}
