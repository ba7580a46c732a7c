// The size limits of a lesson file: each hostile size is refused with a LessonParseError naming the
// file, the line and the limit, before the Markdown lexer or the reader document gets to it.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLessonFolders } from '../../src/core/lesson/library';
import type { Lesson } from '../../src/core/lesson/model';
import { LessonParseError, parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { weakAnalyzer } from './lessonTestAnalyzer';

const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'minimal.md'), 'utf8');
const FIRST_PARAGRAPH = 'La Chine est prête à travailler avec la Russie. Les deux parties ont convenu de poursuivre l\'esprit olympique.';
/** The line of the Text section's paragraph in minimal.md. */
const TEXT_LINE = 10;

/** minimal.md with `extra` as a second paragraph of the Text section (at line TEXT_LINE + 2). */
function withParagraph(extra: string): string {
  return MINIMAL.replace(FIRST_PARAGRAPH, `${FIRST_PARAGRAPH}\n\n${extra}`);
}

function refusal(source: string): LessonParseError {
  try {
    parseLesson(source, 'hostile/lesson.md');
  } catch (err) {
    if (err instanceof LessonParseError) return err;
    throw err;
  }
  assert.fail('the lesson was accepted');
}

describe('lesson size limits', () => {
  it('accepts the lessons at the sizes people write, with nested question lists', () => {
    assert.equal(parseLesson(MINIMAL, 'x/minimal.md').questions.length, 1);
    const long = Array.from({ length: 30 }, () => FIRST_PARAGRAPH).join(' ');
    assert.equal(parseLesson(withParagraph(long), 'x/long.md').paragraphs.length, 2);
  });

  it('refuses a file over 1,000,000 characters, naming the file and the limit', () => {
    const paragraphs = Array.from({ length: 70 }, () => 'mot '.repeat(3750).trim()).join('\n\n');
    const err = refusal(withParagraph(paragraphs));
    assert.equal(err.file, 'hostile/lesson.md');
    assert.equal(err.line, 1);
    assert.match(err.message, /^hostile\/lesson\.md:1: The lesson is 1,05\d,\d{3} characters long, over the limit of 1,000,000 for a lesson file\.$/);
  });

  it('refuses a paragraph over 20,000 characters at its first line', () => {
    const err = refusal(withParagraph('Une très longue phrase. '.repeat(1000)));
    assert.equal(err.line, TEXT_LINE + 2);
    assert.match(err.reason, /^The paragraph starting on this line is 2\d,\d{3} characters long, over the limit of 20,000; split it\.$/);
  });

  it('refuses a paragraph over 5,000 words', () => {
    const err = refusal(withParagraph('a '.repeat(6000).trim()));
    assert.equal(err.line, TEXT_LINE + 2);
    assert.equal(err.reason, 'The paragraph starting on this line has 6,000 words, over the limit of 5,000; split it.');
  });

  it('refuses 2,000 nested blockquotes (they overflowed the stack) at their line', () => {
    const err = refusal(withParagraph(`${'> '.repeat(2000)}a`));
    assert.equal(err.line, TEXT_LINE + 2);
    assert.equal(err.reason, 'Blockquotes and lists are nested more than 8 deep on this line.');
    assert.equal(refusal(withParagraph(`${'>'.repeat(9)} a`)).line, TEXT_LINE + 2);
  });

  it('refuses lists nested by indentation more than 8 deep', () => {
    const nested = Array.from({ length: 12 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n');
    const err = refusal(withParagraph(nested));
    assert.equal(err.line, TEXT_LINE + 2 + 8); // the ninth level
    assert.match(err.reason, /nested more than 8 deep/);
  });

  it('refuses a paragraph dense with emphasis markers (`_a` repeated made the lexer quadratic)', () => {
    const err = refusal(withParagraph('_a'.repeat(5000)));
    assert.equal(err.line, TEXT_LINE + 2);
    assert.equal(err.reason, 'The paragraph starting on this line has 5,000 emphasis markers (* _ ~), over the limit of 200.');
    assert.match(refusal(withParagraph(`${'*a '.repeat(1000)}b${' c*'.repeat(1000)}`)).reason, /over the limit of 200\.$/);
    // Escaped markers are text (the importer escapes a dispatch's asterisks); an escaped backslash is not.
    assert.equal(parseLesson(withParagraph('\\*a'.repeat(1000)), 'x/escaped.md').paragraphs.length, 2);
    assert.match(refusal(withParagraph('\\\\_a'.repeat(1000))).reason, /has 1,000 emphasis markers/);
  });

  it('checks a glossary table row by row, so a long glossary is not one paragraph', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| mot${i} | NOUN | m | *word* ${i} | |`).join('\n');
    const lesson = parseLesson(MINIMAL.replace('| partie | NOUN | f | party (to an agreement) | |', rows), 'x/glossary.md');
    assert.equal(lesson.glossary.length, 401);
    const dense = MINIMAL.replace('| partie | NOUN | f | party (to an agreement) | |', `| partie | NOUN | f | ${'*a'.repeat(300)} | |`);
    const err = refusal(dense);
    assert.equal(err.line, 17);
    assert.match(err.reason, /^The table row starting on this line has 300 emphasis markers/);
  });

  it('refuses a letter with more than 4 combining marks, before normalising', () => {
    const err = refusal(withParagraph(`Il a dit e${'\u0301'.repeat(100000)}.`));
    assert.equal(err.line, TEXT_LINE + 2);
    assert.equal(err.reason, 'A letter on this line carries more than 4 combining marks, which no written language needs.');
    // Decomposed French accents are one mark a letter: read as before.
    const decomposed = withParagraph('Le ministre a e\u0301te\u0301 re\u00e7u.');
    assert.equal(parseLesson(decomposed, 'x/nfd.md').paragraphs[1]?.text, 'Le ministre a été reçu.');
  });

  it('the reader document refuses a paragraph over the limits it did not get from the parser', () => {
    const base = parseLesson(MINIMAL, 'x/minimal.md');
    // 125,000 words used to throw a RangeError at `units.push(...unitsHere)`.
    const lesson: Lesson = { ...base, paragraphs: [{ text: 'mot '.repeat(125000).trim(), line: 10, overrides: [] }], questions: [] };
    assert.throws(
      () => buildReaderDocument(lesson, weakAnalyzer()),
      (err: unknown) => err instanceof LessonParseError && err.line === 10 && /is 499,999 characters long, over the limit of 20,000/.test(err.reason),
    );
  });
});

describe('lesson files on disk: size and encoding', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'depeche-limits-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a file over 2 MB is a problem named in one sentence, read no further', async () => {
    writeFileSync(join(dir, 'big.md'), withParagraph('x'.repeat(3 * 1024 * 1024)));
    const { lessons, problems } = await loadLessonFolders([dir]);
    assert.equal(lessons.length, 0);
    assert.deepEqual(problems, [{ file: join(dir, 'big.md'), line: 1, message: 'The file is larger than 2 MB, the most Dépêche reads.' }]);
    rmSync(join(dir, 'big.md'));
  });

  it('a file that is not UTF-8 is a problem naming the byte and its line, not a lesson with U+FFFD', async () => {
    const bytes = Buffer.from(withParagraph('Il a d\u00e9clar\u00e9.'), 'latin1');
    writeFileSync(join(dir, 'latin1.md'), bytes);
    const { problems } = await loadLessonFolders([dir]);
    const offset = bytes.findIndex((b) => b >= 0x80); // the ê of prête, in the first paragraph
    assert.deepEqual(problems, [
      { file: join(dir, 'latin1.md'), line: 1, message: `The file is not UTF-8 text: the byte at offset ${offset} (line ${TEXT_LINE}) is not valid UTF-8.` },
    ]);
  });
});
