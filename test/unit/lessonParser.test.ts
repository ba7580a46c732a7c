import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LessonParseError, lessonId, parseLesson } from '../../src/core/lesson/parser';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lessons');
const MALFORMED = join(FIXTURES, 'malformed');

/** Parses a fixture under the same relative name whatever the cwd, so the expected JSON is stable. */
function parseFixture(name: string) {
  return parseLesson(readFileSync(join(FIXTURES, name), 'utf8'), `test/fixtures/lessons/${name}`);
}

describe('parseLesson: fixture pairs (lesson Markdown -> model JSON)', () => {
  const pairs = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  it('has the four fixture pairs', () => {
    assert.deepEqual(pairs.sort(), ['example.md', 'hostile.md', 'minimal.md', 'paragraphs.md']);
  });
  for (const name of pairs) {
    it(name, () => {
      const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.md$/, '.json')), 'utf8'));
      assert.deepEqual(JSON.parse(JSON.stringify(parseFixture(name))), expected);
    });
  }
});

describe('parseLesson: the README example', () => {
  it('is the same lesson as test/fixtures/lessons/example.md', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'lessons', 'README.md'), 'utf8');
    const block = /<!-- example:start -->\n````markdown\n([\s\S]*?)````\n<!-- example:end -->/.exec(readme);
    assert.ok(block, 'the README has a fenced example between the example markers');
    assert.equal(block[1], readFileSync(join(FIXTURES, 'example.md'), 'utf8'));
  });
});

describe('parseLesson: details', () => {
  it('keeps typography: non-breaking spaces, curly apostrophes, guillemets', () => {
    const lesson = parseFixture('paragraphs.md');
    assert.match(lesson.paragraphs[0]?.text ?? '', /Chine\u00a0: «\u00a0l’Initiative de la Ceinture et la Route\u00a0»\.$/);
  });

  it('removes the braces of an inline gloss and points its offsets at the form', () => {
    const [p] = parseFixture('paragraphs.md').paragraphs;
    const [o] = p?.overrides ?? [];
    assert.equal(p?.text.slice(o?.start, o?.end), 'disposée');
    assert.equal(o?.gloss, 'willing (here: ready to act)');
  });

  it('reads CRLF files with the same lines as LF files', () => {
    const crlf = readFileSync(join(FIXTURES, 'paragraphs.md'), 'utf8');
    assert.ok(crlf.includes('\r\n'));
    const lf = parseLesson(crlf.replace(/\r\n/g, '\n'), 'test/fixtures/lessons/paragraphs.md');
    assert.deepEqual(parseLesson(crlf, 'test/fixtures/lessons/paragraphs.md'), lf);
  });

  it('finds evidence typed with plain spaces and straight apostrophes, quoting the text as written', () => {
    const src = readFileSync(join(FIXTURES, 'paragraphs.md'), 'utf8').replace(
      '## Notes',
      "## Questions\r\n\r\n1. Q ?\r\n   - [x] a\r\n   - [ ] b\r\n\r\n   > Chine : « l'Initiative\r\n\r\n   Why.\r\n\r\n## Notes",
    );
    const [q] = parseLesson(src, 'x/y.md').questions;
    assert.equal(q?.evidence.quote, 'Chine\u00a0: «\u00a0l’Initiative');
  });

  it('reads a true/false question as kind truefalse', () => {
    assert.deepEqual(parseFixture('example.md').questions.map((q) => q.kind), ['choice', 'truefalse']);
  });

  it('names a lesson <folder>/<file stem>', () => {
    assert.equal(lessonId('/x/lessons/wang-yi-lavrov/01-rencontre.md'), 'wang-yi-lavrov/01-rencontre');
    assert.equal(lessonId('solo.md'), 'solo');
  });
});

/** One fixture per error kind: the line the error must name and words its sentence must contain. */
const EXPECTED_ERRORS: Record<string, [line: number, message: RegExp]> = {
  'no-front-matter': [1, /starts with front matter/],
  'unclosed-front-matter': [1, /never closed/],
  'front-matter-bad-line': [4, /'series Fixtures' is not of the form 'key: value'/],
  'front-matter-unknown-field': [6, /Unknown front matter field 'author'/],
  'front-matter-duplicate-field': [6, /'level' is given twice/],
  'front-matter-missing-title': [1, /no 'title' field/],
  'front-matter-empty-series': [4, /'series' is empty/],
  'front-matter-bad-level': [3, /'B5' is not a CEFR level/],
  'front-matter-bad-order': [5, /Order 'first' is not a whole number/],
  'front-matter-bad-date': [6, /'2022-02-30' is not a calendar date/],
  'missing-text': [1, /no '## Text' section/],
  'missing-glossary': [1, /no '## Glossary' section/],
  'unknown-section': [19, /Unknown section '## Question'/],
  'duplicate-section': [29, /'## Text' already appears on line 8/],
  'level-1-heading': [8, /no level-1 heading/],
  'content-before-section': [8, /belongs to a section/],
  'text-empty': [8, /Text section has no paragraph/],
  'text-list': [12, /only paragraphs of French text; found a bulleted list/],
  'text-indented-code': [12, /indented by four spaces/],
  'inline-gloss-unclosed': [10, /not closed by '}}'/],
  'inline-gloss-no-bar': [10, /'\{\{Russie\}\}' must be written '\{\{form\|gloss\}\}'/],
  'inline-gloss-empty': [10, /empty form or gloss/],
  'glossary-empty': [12, /Glossary section is empty/],
  'glossary-not-table': [14, /holds one GFM table.*found a paragraph/],
  'glossary-bad-header': [14, /header must be/],
  'glossary-no-rows': [14, /no entries/],
  'glossary-wrong-columns': [17, /has 6 cells but the table has 5 columns/],
  'glossary-unknown-pos': [17, /Unknown part of speech 'N' for 'partie'/],
  'glossary-unknown-gender': [17, /Unknown gender 'fem'/],
  'glossary-gender-not-noun': [16, /tagged ADJ; only nouns/],
  'glossary-empty-french': [17, /empty French cell/],
  'glossary-empty-gloss': [17, /'partie' has no English gloss/],
  'glossary-duplicate': [18, /already in the glossary on line 17/],
  'glossary-text-after-table': [19, /Only the glossary table/],
  'translation-paragraph-count': [31, /2 paragraphs but the French text has 1/],
  'translation-sentence-count': [31, /1 sentence but the French text has 2/],
  'translation-bulleted': [31, /numbered list \(1\. 2\. 3\.\), not a bulleted one/],
  'translation-mixed': [34, /either paragraphs or one numbered list.*after the list/],
  'translation-empty': [29, /Translation section is empty/],
  'questions-bulleted': [21, /numbered list of questions; found a bulleted list/],
  'questions-empty': [19, /no question/],
  'question-no-choices': [21, /Question 1 needs its choices/],
  'question-no-answer': [22, /exactly one choice.*marks 0/],
  'question-two-answers': [22, /exactly one choice.*marks 2/],
  'question-one-choice': [22, /at least two choices/],
  'question-choice-without-checkbox': [23, /Choice 2 of question 1 has no checkbox/],
  'question-no-evidence': [21, /needs its evidence/],
  'question-evidence-not-found': [25, /evidence quoted for question 1 is not in the text/],
  'question-no-explanation': [25, /needs an explanation/],
  'question-explanation-list': [27, /explanation of question 1 is plain paragraphs/],
  'notes-text-before-heading': [31, /found a paragraph before the first one/],
  'notes-empty': [29, /Notes section has no note/],
  'note-without-kind': [31, /needs its kind in brackets/],
  'note-unknown-kind': [31, /Unknown note kind 'country'/],
  'note-no-title': [31, /place note has no title/],
  'note-empty-body': [31, /'Chine' has no text under its heading/],
  'repair-no-arrow': [31, /'original → repaired'/],
  'repair-target-missing': [31, /'Chinee' of this note is not in the text/],
};

describe('parseLesson: malformed lessons throw LessonParseError naming file and line', () => {
  const files = readdirSync(MALFORMED).filter((f) => f.endsWith('.md'));

  it('has an expectation for every malformed fixture, and a fixture for every expectation', () => {
    assert.deepEqual(files.map((f) => f.replace(/\.md$/, '')).sort(), Object.keys(EXPECTED_ERRORS).sort());
  });

  for (const [name, [line, message]] of Object.entries(EXPECTED_ERRORS)) {
    it(name, () => {
      const file = `lessons/malformed/${name}.md`;
      assert.throws(
        () => parseLesson(readFileSync(join(MALFORMED, `${name}.md`), 'utf8'), file),
        (err: unknown) => {
          assert.ok(err instanceof LessonParseError, `expected a LessonParseError, got ${String(err)}`);
          assert.equal(err.name, 'LessonParseError');
          assert.equal(err.file, file);
          assert.equal(err.line, line, err.message);
          assert.match(err.reason, message);
          assert.match(err.reason, /^[^\n]+\.$/, 'one sentence ending with a full stop');
          assert.equal(err.message, `${file}:${line}: ${err.reason}`);
          return true;
        },
      );
    });
  }
});
