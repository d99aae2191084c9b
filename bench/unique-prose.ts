/**
 * Long English prose that does not repeat itself, made deterministically from a seed: the size
 * series' "varied" texts are a ~185 KB corpus repeated (bench/size-corpus.ts), so a cache keyed by
 * text makes them look faster than a real long document is. Here each sentence draws its subject,
 * predicate, figures and made-up names (of systems, sites, firms) from a generator, so nearly no
 * sentence occurs twice, and a few in every paragraph state security facts in the ways documents
 * do (retention, encryption, places, certificates, tests, access, and now and then a weakness).
 *
 * Run: `npx tsx bench/unique-prose.ts OUT.txt MB [seed]`.
 */
import { writeFileSync } from 'node:fs';
import { prng } from './ingest-corpus.ts';

const SYLLABLES = ['ka', 'ren', 'tor', 'vel', 'mi', 'sun', 'dar', 'lo', 'pex', 'qua', 'ni', 'bro', 'stel', 'fa', 'gin', 'hol', 'zer', 'ul', 'tam', 'cor', 'vis', 'en', 'ra', 'dun'];
const THINGS = ['customer data', 'audit logs', 'work order history', 'asset records', 'maintenance plans', 'spare part lists', 'sensor readings', 'user accounts', 'support tickets', 'API tokens', 'inspection photos', 'invoices', 'technician notes', 'meter readings', 'shift reports'];
const PLACES = ['data centre', 'region', 'site', 'availability zone', 'facility', 'server room'];
const CITIES = ['Frankfurt', 'Dublin', 'Warsaw', 'Paris', 'Amsterdam', 'Stockholm', 'Milan', 'Vienna', 'Madrid', 'Prague', 'Oslo', 'Lisbon'];
const UNITS = ['days', 'weeks', 'months', 'hours'];
const ROLES = ['administrators', 'technicians', 'planners', 'auditors', 'support engineers', 'site managers', 'contractors', 'operators'];
const ACTIONS = ['schedule', 'close', 'review', 'export', 'assign', 'approve', 'archive', 'inspect', 'report on', 'update'];
const OBJECTS = ['work orders', 'preventive tasks', 'calibration records', 'purchase requests', 'downtime reports', 'checklists', 'safety permits', 'asset hierarchies', 'meter thresholds', 'failure codes'];
const WHEN = ['when a shift ends', 'before each audit', 'after every release', 'once a quarter', 'during the night window', 'when a sensor raises an alarm', 'at the end of each month', 'whenever a contract changes'];
const FIRMS = ['Labs', 'Security', 'Consulting', 'Assurance', 'Partners', 'Audit'];

export function uniqueProse(bytes: number, seed = 1): string {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const name = (): string => {
    let s = '';
    for (let k = 2 + int(2); k > 0; k--) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const figure = () => 2 + int(997);
  const facts: Array<() => string> = [
    () => `${cap(pick(THINGS))} of the ${name()} module are kept for ${figure()} ${pick(UNITS)} and then deleted.`,
    () => `${cap(pick(THINGS))} are encrypted at rest with AES-${pick(['128', '256'])} and keys held in the ${name()} vault.`,
    () => `The ${name()} platform is hosted in a ${pick(PLACES)} in ${pick(CITIES)}, with backups in ${pick(CITIES)}.`,
    () => `Backups are taken every ${1 + int(23)} hours and retained for ${figure()} days.`,
    () => `${name()} ${pick(FIRMS)} carried out a penetration test of the ${name()} service in ${2019 + int(8)}.`,
    () => `Access for ${pick(ROLES)} requires multi-factor authentication ${pick(WHEN)}.`,
    () => `After the contract ends, ${pick(THINGS)} are deleted within ${figure()} days.`,
    () => `Customers are notified of a breach within ${1 + int(96)} hours.`,
    () => `${name()} holds an ISO/IEC 27001 certificate for the ${name()} operations.`,
    () => `${cap(pick(THINGS))} in the ${name()} archive are not encrypted.`,
  ];
  const prose: Array<() => string> = [
    () => `${cap(pick(ROLES))} ${pick(ACTIONS)} ${pick(OBJECTS)} for the ${name()} line ${pick(WHEN)}.`,
    () => `The ${name()} board lists ${figure()} ${pick(OBJECTS)}, and ${pick(ROLES)} ${pick(ACTIONS)} them ${pick(WHEN)}.`,
    () => `In ${name()}, ${pick(ROLES)} keep ${pick(OBJECTS)} for ${figure()} machines of the ${name()} plant.`,
    () => `Each ${name()} report shows how ${pick(ROLES)} ${pick(ACTIONS)} ${pick(OBJECTS)} and what the ${name()} team changed.`,
    () => `${cap(pick(OBJECTS))} from the ${name()} sensors reach the planners ${pick(WHEN)}, about ${figure()} a week.`,
  ];
  const out: string[] = [];
  let size = 0;
  for (let section = 1; size < bytes; section++) {
    const heading = `${section}. ${cap(pick(OBJECTS))} at ${name()}`;
    out.push(heading, '');
    size += heading.length + 2;
    for (let p = 3 + int(5); p > 0 && size < bytes; p--) {
      const sentences: string[] = [];
      for (let s = 3 + int(4); s > 0; s--) sentences.push(rnd() < 0.3 ? pick(facts)() : pick(prose)());
      const paragraph = sentences.join(' ');
      out.push(paragraph, '');
      size += paragraph.length + 2;
    }
  }
  return out.join('\n').slice(0, bytes);
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

if (process.argv[1]?.endsWith('unique-prose.ts')) {
  const [file, mb, seed] = process.argv.slice(2);
  writeFileSync(file, uniqueProse(Math.round(Number(mb) * 1024 * 1024), Number(seed ?? 1)));
}
