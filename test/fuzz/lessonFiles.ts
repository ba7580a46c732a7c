// Random lesson files: mostly well-formed in shape (front matter, sections, tables, question
// lists, notes) with hostile content in every slot, and mutations of the complete example lesson.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dispatchLine } from '../unit/importArbitraries';

const EXAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'example.md'), 'utf8');

const FIELDS = ['title', 'source', 'date', 'level', 'series', 'order', 'tags', 'Title', 'auteur', ''];
const VALUES = ['B2', 'A1', 'Z9', '1', '0', '-1', '2022-02-04', '2022-02-30', '', '"x"', "'", 'a, b, ,c', '---'];
const POS = ['NOUN', 'VERB', 'ADJ', 'PUNCT', 'noun', ''];
const GENDERS = ['m', 'f', 'm/f', 'n', ''];
const NOTE_KINDS = ['person', 'repair', 'usage', 'place', 'oops', ''];

const cell = fc.oneof(dispatchLine.map((l) => l.slice(0, 40)), fc.constantFrom('rencontrer', 'ministre', 'to meet', '', '\\|', '|'));

const frontMatter = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...VALUES), dispatchLine.map((l) => l.slice(0, 60)))), { maxLength: 9 })
  .map((fields) => {
    const base = new Map<string, string>([['title', 'T'], ['level', 'B2'], ['series', 'S'], ['order', '1']]);
    const lines = [...base].map(([k, v]) => `${k}: ${v}`);
    for (const [k, v] of fields) lines.splice(lines.length > 0 ? Math.abs(v.length) % (lines.length + 1) : 0, 0, `${k}: ${v}`);
    return ['---', ...lines, '---'].join('\n');
  });

const glossaryTable = fc
  .array(fc.tuple(cell, fc.constantFrom(...POS), fc.constantFrom(...GENDERS), cell, cell), { maxLength: 6 })
  .map((rows) => ['| French | POS | Gender | English | Note |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));

const question = fc
  .tuple(fc.constantFrom('1', '2', '1)', '9'), dispatchLine, fc.array(fc.tuple(fc.boolean(), dispatchLine), { maxLength: 4 }), dispatchLine, dispatchLine)
  .map(([n, prompt, choices, quote, why]) =>
    [`${n}. ${prompt}`, ...choices.map(([right, c]) => `   - [${right ? 'x' : ' '}] ${c}`), '', `   > ${quote}`, '', `   ${why}`].join('\n'));

const note = fc
  .tuple(fc.constantFrom(...NOTE_KINDS), dispatchLine, fc.array(dispatchLine, { maxLength: 3 }))
  .map(([kind, title, body]) => [`### [${kind}] ${title}`, '', ...body].join('\n'));

const section = fc.oneof(
  fc.array(dispatchLine, { minLength: 1, maxLength: 5 }).map((ps) => ['## Text', ...ps].join('\n\n')),
  glossaryTable.map((t) => `## Glossary\n\n${t}`),
  fc.array(dispatchLine, { minLength: 1, maxLength: 4 }).map((ps) => ['## Translation', ...ps].join('\n\n')),
  fc.array(question, { minLength: 1, maxLength: 3 }).map((qs) => ['## Questions', ...qs].join('\n\n')),
  fc.array(note, { minLength: 1, maxLength: 3 }).map((ns) => ['## Notes', ...ns].join('\n\n')),
  dispatchLine,
);

/** A lesson built from random parts: front matter, then sections in any order (Text and Glossary usually there). */
const assembled = fc
  .tuple(frontMatter, fc.array(dispatchLine, { minLength: 1, maxLength: 4 }), glossaryTable, fc.array(section, { maxLength: 4 }), fc.boolean())
  .map(([front, text, glossary, extra, crlf]) => {
    const file = [front, ['## Text', ...text].join('\n\n'), `## Glossary\n\n${glossary}`, ...extra].join('\n\n') + '\n';
    return crlf ? file.replace(/\n/g, '\r\n') : file;
  });

/** The example lesson with lines deleted, repeated, or replaced and inserted from the hostile lines. */
const mutatedExample = fc
  .array(fc.tuple(fc.constantFrom('delete', 'repeat', 'insert', 'replace'), fc.nat(), dispatchLine), { minLength: 1, maxLength: 5 })
  .map((mutations) => {
    const lines = EXAMPLE.split('\n');
    for (const [kind, at, line] of mutations) {
      const i = at % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'repeat') lines.splice(i, 0, lines[i] ?? '');
      else if (kind === 'insert') lines.splice(i, 0, line);
      else lines[i] = line;
    }
    return lines.join('\n');
  });

export const lessonFile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: assembled },
  { weight: 3, arbitrary: mutatedExample },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);
