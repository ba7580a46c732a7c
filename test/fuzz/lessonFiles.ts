// Random lesson files: mostly well-formed in shape (front matter, sections, tables, question
// lists, notes) with hostile content in every slot, and mutations of the complete example lesson.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dispatchLine, frenchLine } from '../unit/importArbitraries';

const EXAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'example.md'), 'utf8');

const FIELDS = ['title', 'source', 'date', 'level', 'series', 'order', 'tags', 'Title', 'auteur', ''];
const VALUES = ['B2', 'A1', 'Z9', '1', '0', '-1', '2022-02-04', '2022-02-30', '', '"x"', "'", 'a, b, ,c', '---'];
const POS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NOUN', 'VERB', 'PUNCT', 'noun', ''];
const GENDERS = ['m', 'f', 'm/f', 'n', ''];
const NOTE_KINDS = ['person', 'repair', 'usage', 'place', 'oops', ''];

/** A value on one line (the hostile lines may hold line breaks of every kind). */
const oneLineValue = dispatchLine.map((l) => l.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 60));

/** Mostly French, now and then hostile. */
function paragraphLike(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: frenchLine.map((l) => l.slice(0, 80)) }, { weight: 1, arbitrary: dispatchLine });
}

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('rencontrer', 'ministre', 'to meet', 'chef d’État', 'a *rank* \\| title') },
  { weight: 1, arbitrary: oneLineValue.map((l) => l.slice(0, 40)) },
  { weight: 1, arbitrary: fc.constantFrom('', '\\|', '|', '\\') },
);

/** Front matter that is valid but for hostile free-text values. */
const validFrontMatter = fc
  .record({ title: oneLineValue, source: fc.option(oneLineValue), tags: fc.option(oneLineValue), level: fc.constantFrom('A1', 'B2', 'C2'), order: fc.constantFrom('1', '2', '10') })
  .map(({ title, source, tags, level, order }) =>
    ['---', `title: ${title.trim() || 'T'}`, ...(source !== null ? [`source: ${source}`] : []), `level: ${level}`, 'series: S', `order: ${order}`, ...(tags !== null ? [`tags: ${tags}`] : []), '---'].join('\n'));

/** Front matter with random fields and values inserted among the required ones. */
const hostileFrontMatter = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...VALUES), dispatchLine.map((l) => l.slice(0, 60)))), { maxLength: 4 })
  .map((fields) => {
    const lines = ['title: T', 'level: B2', 'series: S', 'order: 1'];
    for (const [k, v] of fields) lines.splice(v.length % (lines.length + 1), 0, `${k}: ${v}`);
    return ['---', ...lines, '---'].join('\n');
  });

const frontMatter = fc.oneof({ weight: 5, arbitrary: validFrontMatter }, { weight: 1, arbitrary: hostileFrontMatter });

/** A glossary row the parser accepts, with a hostile English or Note cell now and then. */
const validRow = fc
  .tuple(fc.constantFrom('rencontrer', 'ministre', 'réunion', 'chef d’État', 'Pékin', 'prochain', 'en personne', 'souligner'), fc.constantFrom('NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN'), fc.constantFrom('m', 'f', ''), fc.oneof({ weight: 5, arbitrary: fc.constantFrom('to meet', 'minister', 'next; forthcoming') }, { weight: 1, arbitrary: cell }), fc.constantFrom('', 'a *note*'))
  .map(([french, pos, gender, english, note]) => [french, pos, pos === 'NOUN' ? gender : '', english.trim() === '' ? 'to meet' : english, note]);

const hostileRow = fc.tuple(cell, fc.constantFrom(...POS), fc.constantFrom(...GENDERS), cell, cell).map((r) => [...r]);

const glossaryTable = fc
  .tuple(fc.uniqueArray(validRow, { minLength: 1, maxLength: 5, selector: (r) => `${r[0]}|${r[1]}` }), fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileRow }))
  .map(([rows, hostile]) => [...rows, ...(hostile ? [hostile] : [])])
  .map((rows) => ['| French | POS | Gender | English | Note |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));

const question = fc
  .tuple(fc.constantFrom('1', '2', '1)', '9'), paragraphLike(), fc.array(fc.tuple(fc.boolean(), paragraphLike()), { maxLength: 4 }), paragraphLike(), paragraphLike())
  .map(([n, prompt, choices, quote, why]) =>
    [`${n}. ${prompt}`, ...choices.map(([right, c]) => `   - [${right ? 'x' : ' '}] ${c}`), '', `   > ${quote}`, '', `   ${why}`].join('\n'));

const note = fc
  .tuple(fc.constantFrom(...NOTE_KINDS), paragraphLike(), fc.array(paragraphLike(), { maxLength: 3 }))
  .map(([kind, title, body]) => [`### [${kind}] ${title}`, '', ...body].join('\n'));

const paragraph = fc.oneof({ weight: 3, arbitrary: frenchLine }, { weight: 1, arbitrary: dispatchLine });

const optionalSection = fc.oneof(
  fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ['## Translation', ...ps].join('\n\n')),
  fc.array(question, { minLength: 1, maxLength: 3 }).map((qs) => ['## Questions', ...qs].join('\n\n')),
  fc.array(note, { minLength: 1, maxLength: 3 }).map((ns) => ['## Notes', ...ns].join('\n\n')),
);
/** Optional sections, each at most once, and now and then a stray line. */
const sections = fc.tuple(
  fc.uniqueArray(optionalSection, { maxLength: 3, selector: (section) => section.slice(0, section.indexOf('\n')) }),
  fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(dispatchLine, { minLength: 1, maxLength: 2 }) }),
).map(([known, stray]) => [...known, ...stray]);

/** A lesson built from random parts: front matter, Text, Glossary, then other sections. */
const assembled = fc
  .tuple(frontMatter, fc.array(paragraph, { minLength: 1, maxLength: 4 }), glossaryTable, sections, fc.boolean())
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
  { weight: 6, arbitrary: assembled },
  { weight: 2, arbitrary: mutatedExample },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);
