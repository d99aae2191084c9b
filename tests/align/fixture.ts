/** The Lumenfield PL/EN fixture pair and its gold labels, loaded once for the align tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentFromText } from '../../src/model/from-text.ts';
import type { GoldPair } from './evaluate.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function readFixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export const english = () => documentFromText(readFixture('lumenfield-en.md'), { source: 'lumenfield-en.md', id: 'lumenfield-en' });
export const polish = () => documentFromText(readFixture('lumenfield-pl.md'), { source: 'lumenfield-pl.md', id: 'lumenfield-pl' });
export const labels = (): GoldPair[] => JSON.parse(readFixture('lumenfield.labels.json')).pairs;
