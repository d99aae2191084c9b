/**
 * A word that is a label of a host name ("example.dev", "backup.acme.io", "dev.acme.com") names
 * no environment or copy: "DNS for example.dev is served by our own nameservers" says nothing of
 * development. Host names are written in lower case; a capital after a full stop with no space
 * ("Germany.Backups are ...", a line joined by export) is a new sentence, not a host.
 */
const HOST_LABEL = /[a-z0-9-]/;

export function inHostname(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word !== word.toLowerCase()) return false;
  const dottedBefore = text[start - 1] === '.' && HOST_LABEL.test(text[start - 2] ?? '');
  const dottedAfter = text[end] === '.' && HOST_LABEL.test(text[end + 1] ?? '');
  return dottedBefore || dottedAfter;
}
