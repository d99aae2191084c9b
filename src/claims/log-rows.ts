/**
 * A table row or list label that names logs ("Backup logs", "Security event logs", "Logi kopii
 * zapasowych") is about how long those logs are kept, not about backups: the head noun decides,
 * last in English, first in Polish ("Transaction log backups" are backups: the lexicon's `logs`
 * leaves transaction logs out).
 */
import { hits } from './context.ts';
import type { Lexicon } from './lexicon.ts';

export function namesLogs(label: string, lex: Lexicon): boolean {
  const log = hits(lex, 'logs', label);
  if (log.length === 0) return false;
  const copy = [...hits(lex, 'backup', label), ...hits(lex, 'deletionBackups', label)].sort((a, b) => a.start - b.start);
  if (copy.length === 0) return true;
  return lex.adjectiveAfterNoun ? log[0].start < copy[0].start : log[log.length - 1].end > copy[copy.length - 1].end;
}
