/**
 * Statement frames: two claims of one key that differ in value both hold when their sentences
 * frame them apart (a legacy exception, the rest, an on-site part, another trigger, an undo
 * window, a copy step, a plan). Sentences written for these tests, EN and PL.
 */
import { describe, expect, it } from 'vitest';
import { documentFrames, findContradictions } from '../../src/findings/inconsistency.ts';
import { generalScopedPairs } from '../../src/findings/rules/general-scoped.ts';
import { frameOf, framesApart, leadInBlock } from '../../src/findings/statement-frames.ts';
import { documentFromText } from '../../src/model/from-text.ts';
import type { ClaimValue } from '../../src/claims/types.ts';
import { claimOn } from './claim-helpers.ts';

type Spec = [snippet: string, value: ClaimValue, qualifiers?: Record<string, string>];

/** Contradictions among claims of one attribute placed on the sentences holding each snippet. */
function contradictions(text: string, attribute: string, specs: Spec[]): number {
  const doc = documentFromText(text, { id: 'd' });
  const claims = specs.map(([snippet, value, q]) => claimOn(doc, snippet, attribute, value, q ?? {}));
  return findContradictions(claims, documentFrames(doc)).length;
}

function scopedPairs(text: string, attribute: string, specs: Spec[]): number {
  const doc = documentFromText(text, { id: 'd' });
  const claims = specs.map(([snippet, value, q]) => claimOn(doc, snippet, attribute, value, q ?? {}));
  return generalScopedPairs(claims, documentFrames(doc)).length;
}

describe('frameOf', () => {
  it('reads each frame from its cue words, in both languages', () => {
    expect(frameOf('Every remaining endpoint only speaks TLS 1.3.').remainder).toBe(true);
    expect(frameOf('Pozostałe połączenia wymagają TLS 1.2.').remainder).toBe(true);
    expect(frameOf('Old barcode readers may still support TLS 1.0 on a legacy port.').exception).toBe(true);
    expect(frameOf('Dla zgodności wstecznej serwer nadal akceptuje TLS 1.1.').exception).toBe(true);
    expect(frameOf('The on-premises connector keeps its queue on the customer\'s server.').separateComponent).toBe(true);
    expect(frameOf('Konektor instalowany w sieci klienta przechowuje pliki tymczasowe.').separateComponent).toBe(true);
    expect(frameOf('Once an administrator deletes the account, we erase it within 10 days.').trigger).toBe('customer-deletion');
    expect(frameOf('Po rozwiązaniu umowy dane kasujemy w ciągu 60 dni.').trigger).toBe('contract-end');
    // Both triggers in one sentence ("treated like the end of the contract"): none is the sentence's own.
    expect(frameOf('Closing your account counts as termination; data goes within 30 days.').trigger).toBeUndefined();
    expect(frameOf('Removed tickets sit in the recycle bin for 21 days.').stage).toBe(true);
    expect(frameOf('Przez 10 dni można jeszcze odwołać usunięcie.').stage).toBe(true);
    expect(frameOf('Each night the snapshot is also copied to a storage bucket in Ireland.').copyStep).toBe(true);
    expect(frameOf('Kopie są co tydzień przesyłane do drugiego ośrodka.').copyStep).toBe(true);
    // The destination tells a copy step whatever the verb and the words between.
    expect(frameOf('Every evening we ship the archive over an encrypted link to another region.').copyStep).toBe(true);
    expect(frameOf('Archiwum wysyłamy każdego wieczoru szyfrowanym łączem do drugiej lokalizacji.').copyStep).toBe(true);
    expect(frameOf('Backups are kept in another region for 30 days.').copyStep).toBe(false);
    expect(frameOf('We plan to require hardware keys for all admins next year.').timeframe).toBe('planned');
    expect(frameOf('Logs were previously kept for 6 months.').timeframe).toBe('past');
  });

  it('a remainder admits exceptions, so "all other" is not universal; "any" in the lead is', () => {
    expect(frameOf('All other APIs enforce TLS 1.2.').universal).toBe(false);
    expect(frameOf('The floor is TLS 1.2.', 'No product of ours accepts TLS 1.0 any more. ').universal).toBe(true);
  });

  it('does not take a word inside a longer one, nor "locally" or "older" as a frame', () => {
    expect(frameOf('Data is stored locally in our Frankfurt data centre.').separateComponent).toBe(false);
    expect(frameOf('Backups older than 35 days are deleted.').exception).toBe(false);
    expect(frameOf('The terminal in the lobby is guarded.').trigger).toBeUndefined();
    expect(frameOf('Kopie starsze niż 30 dni są usuwane.').exception).toBe(false);
  });

  it('counts undo windows only for deletion and copy steps only for backups', () => {
    const stage = frameOf('Deleted records can be restored for 14 days.');
    const plain = frameOf('Records are deleted within 30 days.');
    expect(framesApart('deletion.after_termination', stage, plain)).toBe('stage');
    expect(framesApart('backup.retention', stage, plain)).toBeUndefined();
    const copy = frameOf('Backups are replicated to Oslo every night.');
    expect(framesApart('backup.frequency', copy, plain)).toBe('copy-step');
    expect(framesApart('encryption.at_rest', copy, plain)).toBeUndefined();
  });
});

describe('contradictions between framed statements', () => {
  it('a legacy exception beside the rule for the rest is no contradiction (EN, PL)', () => {
    const en = '# Transport\n\nOld label printers on the warehouse network still accept TLS 1.0. All other clients must use TLS 1.2 or newer.';
    expect(contradictions(en, 'encryption.tls.min_version', [['label printers', '1.0'], ['All other clients', '1.2']])).toBe(0);
    const pl = '# Transmisja\n\nStarsze terminale ze względu na zgodność wsteczną nadal akceptują TLS 1.1. Pozostałe połączenia wymagają TLS 1.2.';
    expect(contradictions(pl, 'encryption.tls.min_version', [['terminale', '1.1'], ['Pozostałe', '1.2']])).toBe(0);
  });

  it('a legacy exception beside a statement on named systems is none either', () => {
    const text = '# Transport\n\nThe customer portal and the API negotiate TLS 1.2 or 1.3. A legacy sync port for old tablets still accepts TLS 1.0.';
    expect(contradictions(text, 'encryption.tls.min_version', [['customer portal', '1.2'], ['legacy sync port', '1.0']])).toBe(0);
  });

  it('an exception against a statement that admits none is a contradiction, also when "any" stands just before', () => {
    const inSentence = '# Transport\n\nNo connection of any kind accepts a TLS version below 1.2. The legacy sync port still accepts TLS 1.0.';
    expect(contradictions(inSentence, 'encryption.tls.min_version', [['No connection', '1.2'], ['legacy sync port', '1.0']])).toBe(1);
    const inLead = '# Transport\n\n- Protocols: TLS 1.1 is refused by every product we ship. The floor is TLS 1.2.\n\n# Notes\n\nThe legacy sync port still accepts TLS 1.1.';
    expect(contradictions(inLead, 'encryption.tls.min_version', [['The floor is', '1.2'], ['legacy sync port', '1.1']])).toBe(1);
  });

  it('two unframed statements still contradict (the frames only set statements apart)', () => {
    const text = '# Transport\n\nWe accept TLS 1.2 and 1.3. Our servers accept TLS 1.0.';
    expect(contradictions(text, 'encryption.tls.min_version', [['1.2 and 1.3', '1.2'], ['servers accept', '1.0']])).toBe(1);
  });

  it('deletion after the customer closes the account and after the contract ends are two promises', () => {
    const en = '# Deletion\n\nWhen an administrator deletes the account in the settings, its records are erased within 10 days. After termination of the subscription agreement, all data is erased within 60 days.';
    expect(contradictions(en, 'deletion.after_termination', [['deletes the account', 'P10D'], ['After termination', 'P60D']])).toBe(0);
    const pl = '# Usuwanie\n\nGdy klient sam usunie konto, dane znikają po 7 dniach. Po rozwiązaniu umowy dane usuwamy w ciągu 45 dni.';
    expect(contradictions(pl, 'deletion.after_termination', [['usunie konto', 'P7D'], ['Po rozwiązaniu', 'P45D']])).toBe(0);
    const same = '# Deletion\n\nAfter termination we erase data within 60 days. Once the contract is terminated, data is erased within 20 days.';
    expect(contradictions(same, 'deletion.after_termination', [['After termination', 'P60D'], ['Once the contract', 'P20D']])).toBe(1);
  });

  it('an undo window and the final purge are stages of one deletion', () => {
    const text = '# Deletion\n\nA deleted site can still be restored by support for 14 days. Thereafter it is purged from production within 30 days.';
    expect(contradictions(text, 'deletion.after_termination', [['can still be restored', 'P14D'], ['Thereafter', 'P30D']])).toBe(0);
    const pl = '# Usuwanie\n\nUsunięte zlecenie trafia do kosza na 30 dni. Potem usuwamy je z bazy w ciągu 7 dni.';
    expect(contradictions(pl, 'deletion.after_termination', [['kosza', 'P30D'], ['Potem', 'P7D']])).toBe(0);
  });

  it('a planned change and the current state both hold', () => {
    const text = '# Uptime\n\nOur monthly uptime target is 99.5%. Later this year we plan to raise it to 99.9%.';
    expect(contradictions(text, 'availability.sla', [['uptime target', 99.5], ['Later this year', 99.9]])).toBe(0);
    const pl = '# Dostępność\n\nGwarantujemy dostępność 99,5%. Wcześniej gwarantowaliśmy 99%.';
    expect(contradictions(pl, 'availability.sla', [['Gwarantujemy', 99.5], ['Wcześniej', 99]])).toBe(0);
    const now = '# Uptime\n\nOur monthly uptime target is 99.5%. The contract promises 99.9% uptime.';
    expect(contradictions(now, 'availability.sla', [['uptime target', 99.5], ['contract promises', 99.9]])).toBe(1);
  });

  it('statements of different plans, or of one plan beside the general one, both hold (EN, PL)', () => {
    const en = '# Uptime\n\nFor the Team plan we promise 99.5% availability.\n\nCorporate customers are promised 99.95% availability.';
    expect(contradictions(en, 'availability.sla', [['Team plan', 99.5], ['Corporate customers', 99.95]])).toBe(0);
    const general = '# Uptime\n\nWe promise 99.5% availability.\n\nOn the Premium tier we promise 99.9% availability.';
    expect(contradictions(general, 'availability.sla', [['We promise', 99.5], ['Premium tier', 99.9]])).toBe(0);
    const pl = '# Dostępność\n\nW pakiecie Podstawowym gwarantujemy 99%.\n\nW pakiecie Premium gwarantujemy 99,9%.';
    expect(contradictions(pl, 'availability.sla', [['Podstawowym', 99], ['Premium', 99.9]])).toBe(0);
    const allPlans = '# Uptime\n\nEvery plan comes with 99.9% availability.\n\nOn the Premium tier we promise 99.5% availability.';
    expect(contradictions(allPlans, 'availability.sla', [['Every plan', 99.9], ['Premium tier', 99.5]])).toBe(1);
    const samePlan = '# Uptime\n\nThe Team plan comes with 99.5% availability.\n\nOur Team plan guarantees 99.9% availability.';
    expect(contradictions(samePlan, 'availability.sla', [['comes with', 99.5], ['guarantees', 99.9]])).toBe(1);
    // A capitalised word that is no plan name beside a plan word, or a plan name alone, names no plan.
    expect(frameOf('Standard encryption protects every plan.').tiers).toBe('');
    expect(frameOf('Enterprise-grade encryption is used.').tiers).toBe('');
  });

  it('an edition qualifier on the claims keeps the general/scoped warning (the qualifier names the plan)', () => {
    const text = '# Backups\n\nBackups are kept for 30 days.\n\n## Plans\n\nOn the Enterprise plan backups are kept for 90 days.';
    expect(scopedPairs(text, 'backup.retention', [['kept for 30', 'P30D'], ['Enterprise plan', 'P90D', { edition: 'Enterprise' }]])).toBe(1);
  });

  it('a lower bound agrees with any larger value, not with a smaller one (EN, PL)', () => {
    const en = '# Logs\n\nSign-in records are retained for a minimum of 6 months.\n\nSign-in records are retained for 12 months.';
    expect(contradictions(en, 'backup.retention', [['minimum of 6', 'P6M'], ['for 12 months', 'P12M']])).toBe(0);
    const shorter = '# Logs\n\nSign-in records are retained for at least 12 months.\n\nSign-in records are retained for 6 months.';
    expect(contradictions(shorter, 'backup.retention', [['at least 12', 'P12M'], ['for 6 months', 'P6M']])).toBe(1);
    const pl = '# Dostępność\n\nGwarantujemy dostępność co najmniej 99,5%.\n\nW ostatnim roku dostępność wynosiła 99,9%.';
    expect(contradictions(pl, 'availability.sla', [['co najmniej', 99.5], ['wynosiła', 99.9]])).toBe(0);
  });

  it('deletion on request and deletion at the contract end are two promises', () => {
    const text = '# Deletion\n\nUpon request we erase a user\'s personal data within 10 days.\n\nAfter the contract ends, all data is erased within 60 days.';
    expect(contradictions(text, 'deletion.after_termination', [['Upon request', 'P10D'], ['contract ends', 'P60D']])).toBe(0);
  });

  it('review and test frequencies of different things never contradict within a document', () => {
    const text = '# Reviews\n\nThe business continuity plan is exercised every year. Firewall rules are reviewed every quarter.';
    expect(contradictions(text, 'review.frequency', [['continuity plan', 'P1Y'], ['Firewall rules', 'P3M']])).toBe(0);
  });
});

describe('general and scoped statements set apart by their frames', () => {
  it('a copy sent to a second place runs at its own cadence', () => {
    const en = '# Backups\n\nBackups are taken every two hours.\n\n## Second site\n\nDatabase backups are copied nightly to a second region.';
    expect(scopedPairs(en, 'backup.frequency', [['every two hours', 'PT2H'], ['copied nightly', 'P1D', { type: 'database' }]])).toBe(0);
    const pl = '# Kopie\n\nKopie wykonujemy co godzinę.\n\n## Drugi ośrodek\n\nKopie bazy danych są raz na dobę przesyłane do drugiego ośrodka.';
    expect(scopedPairs(pl, 'backup.frequency', [['co godzinę', 'PT1H'], ['przesyłane', 'P1D', { type: 'database' }]])).toBe(0);
    const plain = '# Backups\n\nBackups are taken every two hours.\n\n## Database\n\nDatabase backups run nightly.';
    expect(scopedPairs(plain, 'backup.frequency', [['every two hours', 'PT2H'], ['run nightly', 'P1D', { type: 'database' }]])).toBe(1);
  });

  it('a part at the customer\'s site is not covered by what the hosted service does', () => {
    const en = '# Encryption\n\nEverything the hosted platform stores is encrypted with AES-256.\n\n## Connector\n\nFiles in the connector\'s local cache are not encrypted.';
    expect(scopedPairs(en, 'encryption.at_rest', [['hosted platform', true], ['local cache', false, { scope: 'files' }]])).toBe(0);
    const pl = '# Szyfrowanie\n\nWszystkie dane w chmurze są szyfrowane.\n\n## Bramka\n\nPliki w bramce instalowanej u klienta nie są szyfrowane.';
    expect(scopedPairs(pl, 'encryption.at_rest', [['w chmurze', true], ['bramce', false, { scope: 'files' }]])).toBe(0);
    const plain = '# Encryption\n\nEverything the hosted platform stores is encrypted with AES-256.\n\n## Files\n\nUploaded files are not encrypted.';
    expect(scopedPairs(plain, 'encryption.at_rest', [['hosted platform', true], ['Uploaded files', false, { scope: 'files' }]])).toBe(1);
  });
});

describe('notes to editors and what another text says are no statements of the document', () => {
  it('EN, PL', () => {
    const en = '# Restore\n\nDatabases can be restored to any point in the last 7 days.\n\nNote to sales: the old price sheet still says 30 days of restore points.';
    expect(contradictions(en, 'backup.retention', [['any point', 'P7D'], ['Note to sales', 'P30D']])).toBe(0);
    const pl = '# Kopie\n\nKopie przechowujemy 21 dni.\n\nUwaga dla działu prawnego: w szablonie umowy nadal jest 14 dni.';
    expect(contradictions(pl, 'backup.retention', [['przechowujemy', 'P21D'], ['Uwaga dla', 'P14D']])).toBe(0);
  });
});

describe('a statement that refers back takes its place from the sentence before', () => {
  it('a copy on the vendor\'s office server, then "this copy is not encrypted" (EN, PL)', () => {
    const en = '# Storage\n\nA monthly export is also kept on a file server at our office. This copy is not encrypted.\n\nAll customer data on the platform is encrypted at rest.';
    expect(scopedPairs(en, 'encryption.at_rest', [['This copy', false, { scope: 'backups' }], ['on the platform', true]])).toBe(0);
    const pl = '# Przechowywanie\n\nMiesięczny eksport trzymamy też na serwerze w naszym biurze. Ta kopia nie jest szyfrowana.\n\nWszystkie dane w usłudze są szyfrowane w spoczynku.';
    expect(scopedPairs(pl, 'encryption.at_rest', [['Ta kopia', false, { scope: 'backups' }], ['w usłudze', true]])).toBe(0);
    // Without the reference back, the sentence before does not frame it.
    const plain = '# Storage\n\nA monthly export is also kept on a file server at our office. Backup copies are not encrypted.\n\nAll customer data on the platform is encrypted at rest.';
    expect(scopedPairs(plain, 'encryption.at_rest', [['Backup copies', false, { scope: 'backups' }], ['on the platform', true]])).toBe(1);
  });
});

describe('leadInBlock', () => {
  it('gives the text of the block before an offset, at most a few hundred characters', () => {
    const doc = documentFromText('# A\n\nFirst sentence. Second sentence.\n\nOther block.', { id: 'x' });
    const at = doc.text.indexOf('Second');
    expect(leadInBlock(doc.text, doc.blocks, at)).toBe('First sentence. ');
    expect(leadInBlock(doc.text, doc.blocks, doc.text.indexOf('Other'))).toBe('');
    const long = documentFromText(`# A\n\n${'word '.repeat(400)}End.`, { id: 'y' });
    expect(leadInBlock(long.text, long.blocks, long.text.indexOf('End')).length).toBe(300);
  });
});
