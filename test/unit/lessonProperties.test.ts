import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Lesson } from '../../src/core/lesson/model';
import { LessonParseError, parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { weakAnalyzer } from './lessonTestAnalyzer';

const EXAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'lessons', 'example.md'), 'utf8');
const LINES = EXAMPLE.split('\n');

/** parseLesson either returns a lesson or throws a LessonParseError naming a line of the file. */
function parsesOrFailsCleanly(source: string): Lesson | undefined {
  try {
    return parseLesson(source, 'x/mutant.md');
  } catch (err) {
    assert.ok(err instanceof LessonParseError, `not a LessonParseError: ${String(err)}`);
    assert.ok(err.line >= 1 && err.line <= source.split('\n').length, `line ${err.line} out of range`);
    return undefined;
  }
}

describe('parseLesson: properties', () => {
  it('never throws anything but a LessonParseError on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => void parsesOrFailsCleanly(s)), {
      numRuns: 300,
      seed: 1,
    });
  });

  it('never throws anything but a LessonParseError when lines of a good lesson are deleted, repeated or swapped', () => {
    const mutation = fc.tuple(fc.constantFrom('delete', 'repeat', 'swap'), fc.nat(LINES.length - 1), fc.nat(LINES.length - 1));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const lines = [...LINES];
        for (const [kind, a, b] of mutations) {
          if (kind === 'delete') lines.splice(a % lines.length, 1);
          else if (kind === 'repeat') lines.splice(a % lines.length, 0, lines[a % lines.length] ?? '');
          else [lines[a % lines.length], lines[b % lines.length]] = [lines[b % lines.length] ?? '', lines[a % lines.length] ?? ''];
        }
        parsesOrFailsCleanly(lines.join('\n'));
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});

describe('buildReaderDocument: properties', () => {
  const words = ['le', "l'", 'chef', 'chefs', "d'État", "d'Etat", 'était', 'disposée', 'à', 'M.', 'Wang', '«', '»', ',', '.', '?', 'Guidée', 'par', '\u00a0', ' ', '-t-il', 'a', '19h51'];
  const paragraph = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ').trim()).filter((t) => t !== '');

  it('rebuilds every paragraph exactly from its segments, with each word token in exactly one unit', () => {
    const analyzer = weakAnalyzer({ était: 'être' });
    const base = parseLesson(EXAMPLE, 'x/example.md');
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (texts) => {
        const lesson: Lesson = { ...base, paragraphs: texts.map((text, i) => ({ text, line: i + 1, overrides: [] })), translation: undefined };
        const doc = buildReaderDocument(lesson, analyzer);
        doc.paragraphs.forEach((p, i) => {
          const segments = p.sentences.flatMap((s) => s.segments);
          const rebuilt = segments.map((s) => ('text' in s ? s.text : (doc.units[s.unit]?.text ?? ''))).join('');
          assert.equal(rebuilt, texts[i]);
          for (const s of segments) if ('text' in s) assert.equal(analyzer.analyze(s.text).tokens.filter((t) => t.kind === 'word').length, 0, s.text);
        });
        // Every unit is in its key's list of occurrences, and only there.
        for (const u of doc.units) assert.ok(doc.occurrences[u.occurrenceList]?.includes(u.id));
        assert.equal(doc.occurrences.reduce((n, l) => n + l.length, 0), doc.units.length);
        for (const list of doc.occurrences) assert.ok(list.every((id) => doc.units[id]?.key === doc.units[list[0] as number]?.key));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
