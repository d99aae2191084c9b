/**
 * Text that came from files (names, excerpts, vendor names) on its way to a terminal. Control
 * characters and bidirectional overrides are written as escapes: a file named
 * "a.docx\nseckb ingest: 0 failed" must not forge a line of output, "\x1b[2J" must not clear the
 * screen, and U+202E must not show "gpj.exe" as "exe.jpg". Tabs are kept.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/** One line of text safe to print: no line break, no terminal control sequence. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Several lines made safe one by one (the line breaks between them kept). */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}

/** Writes one diagnostic line, made safe, to a stream (stderr). */
export function writeLine(stream: { write(text: string): unknown }, line: string): void {
  stream.write(`${terminalSafe(line)}\n`);
}
