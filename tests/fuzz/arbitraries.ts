/**
 * Generators for the fuzz and property suite. `npm test` runs a few cases per property;
 * `npm run fuzz` sets SECKB_FUZZ_RUNS=10000. A failing case prints its seed and path: add it
 * to regressions.test.ts.
 */
import fc from 'fast-check';

export const RUNS = Number(process.env.SECKB_FUZZ_RUNS ?? 20);
/** Per-test time when fuzzing at scale. */
export const FUZZ_TIMEOUT = RUNS > 100 ? 3_600_000 : 60_000;

/** Pieces security papers are made of, so generated text reaches claims, findings and structure. */
const PROSE = [
  'Backups are kept for 30 days.', 'Kopie zapasowe przechowujemy przez 35 dni.', 'Data is hosted in Azure West Europe.',
  'Dane są szyfrowane AES-256.', 'We support MFA for all users.', 'TLS 1.2 or higher.', '[Insert date]', 'TODO: fix',
  'As an AI language model, I cannot', 'ISO 27001', 'e.g.', 'np.', 'Inc.', '99,95%', '# Heading', '## 4.2 Kopie',
  '- item', '1. Step', '> quote', '| a | b |', '|---|---|', '**bold**', '`code`', '```', '<b>x</b>', '<script>x</script>',
  '&amp;', '![x](y.png)', '[link](http://x)', 'Fig 1.', '\n', '\n\n', '\r\n', '\t', ' ', '  ', '.', '?', '!', ':', ';',
];
/** Characters exports and parsers trip on: Polish letters, emoji, controls, XML/CSV syntax, lone surrogates. */
const HOSTILE = [
  'ą', 'ę', 'ł', 'ż', 'ź', 'ć', 'ń', 'ó', 'ś', 'Ł', 'Ż', '😀', '👩‍💻', '🇵🇱', '\u0000', '\u0001', '\u0007', '\u000b', '\u000c',
  '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800',
  '\udfff', '\udc00\ud800', ']]>', '<![CDATA[', '<', '>', '&', '"', "'", ',', ';', '=', '+', '-', '@', '\\', '/', '%s', '{{x}}',
  '$&', '\r', '\n',
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 4 }) },
);

/** Arbitrary Unicode text, leaning towards document-like and hostile pieces. */
export const text = (maxParts = 40) => fc.array(unit, { maxLength: maxParts }).map((parts) => parts.join(''));

/** Arbitrary byte arrays, with a lean towards text-like bytes, BOMs and cp1250 letters. */
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  text().map((t) => new TextEncoder().encode(t)),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 200 }), fc.array(fc.constantFrom(0xb9, 0xea, 0xb3, 0x9c, 0x9f, 0xbf, 0xe6, 0xf1, 0xf3, 0x20, 0x0a, 0x61), { maxLength: 200 }))
    .map(([bom, a, b]) => Uint8Array.from([...bom, ...a, ...b])),
);
