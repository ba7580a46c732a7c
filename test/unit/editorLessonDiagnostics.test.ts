// The editor's lesson diagnostics and quick fixes (src/core/editor), on real files and the real engine.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoAnalyzer } from '../../src/core/editor/analysisMemo';
import { diagnoseLesson, diagnoseParsedLesson } from '../../src/core/editor/lessonDiagnostics';
import { evidenceFix, glossaryRowsFix, nearestPassage, nearMissFix, translationSkeletonFix } from '../../src/core/editor/lessonFixes';
import type { AuthoringEngine } from '../../src/core/editor/lessonWarnings';
import { LessonParseError, parseLesson } from '../../src/core/lesson/parser';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { Lexicon } from '../../src/core/text/lexicon';
import { analysisDataDir } from './helpers/analysisData';
import { applyEdits } from './helpers/textEdits';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lessons');
const BROKEN = join(FIXTURES, 'authoring', 'broken.md');

/** The engine the editor uses, on the built data: one for both suites. */
let sharedEngine: AuthoringEngine | undefined;
function authoringEngine(): AuthoringEngine {
  if (!sharedEngine) {
    const dataDir = analysisDataDir();
    const lexicon = new Lexicon(dataDir);
    sharedEngine = { analyzer: memoAnalyzer(createAnalyzer({ dataDir, lexicon })), ranks: lexicon };
  }
  return sharedEngine;
}

describe('editor: lesson diagnostics', () => {
  let engine: AuthoringEngine;
  const broken = readFileSync(BROKEN, 'utf8');

  before(function () {
    this.timeout(120_000);
    engine = authoringEngine();
  });

  it('reports every error of a broken lesson, not just the first, each on its exact range', () => {
    const { diagnostics } = diagnoseLesson(broken, BROKEN, engine);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        [21, 16, 20], // 'NUON' in `| chef d'État | NUON | m | …`
        [30, 3, 22], // the quote after `   > `
      ],
    );
    assert.match(errors[0]!.message, /^Unknown part of speech 'NUON' for 'chef d'État'/);
    assert.match(errors[1]!.message, /evidence quoted for question 1 is not in the text/);
  });

  it('gives the first error in the very words of the Lessons tree, for every malformed fixture', () => {
    const dir = join(FIXTURES, 'malformed');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      let expected: LessonParseError | undefined;
      try {
        parseLesson(source, name);
      } catch (e) {
        if (e instanceof LessonParseError) expected = e;
      }
      const first = diagnoseLesson(source, name).checked.errors[0];
      assert.ok(expected && first, `${name} fails to parse`);
      assert.deepEqual([first.line, first.message], [expected.line, expected.reason], name);
      assert.equal(first.range.start.line, expected.line - 1, name);
    }
  });

  it('reports nothing for a good lesson, and keeps what parses of a broken one', () => {
    const example = readFileSync(join(FIXTURES, 'example.md'), 'utf8');
    assert.deepEqual(diagnoseLesson(example, 'example.md', engine).diagnostics, []);
    const { checked } = diagnoseLesson(broken, BROKEN, engine);
    assert.deepEqual(checked.lesson?.glossary.map((e) => e.headword), ['rencontrer', 'réunion', 'prochain', 'préparatiffs']);
    assert.equal(checked.lesson?.paragraphs.length, 1);
  });

  it('warns of a glossary row that matches nothing, on its French cell', () => {
    const warning = diagnoseLesson(broken, BROKEN, engine).diagnostics.find((d) => d.code === 'glossary-unmatched');
    assert.ok(warning);
    assert.equal(warning.message, "The glossary entry 'préparatiffs' matches nothing in the text.");
    assert.deepEqual(warning.range, { start: { line: 22, character: 2 }, end: { line: 22, character: 14 } });
  });

  it('warns of a word nobody glosses, on the word in the text', () => {
    const source = broken.replace('en visite à Beijing', 'en visite à Beijing zorglubesquement');
    const warning = diagnoseLesson(source, BROKEN, engine).diagnostics.find((d) => d.code === 'word-unglossed');
    assert.ok(warning, 'a warning for the unknown word');
    const line = source.split('\n')[warning.range.start.line]!;
    assert.equal(line.slice(warning.range.start.character, warning.range.end.character), 'zorglubesquement');
  });

  it('finds the same warnings in a lesson the catalog already parsed, without parsing it again', () => {
    const example = readFileSync(join(FIXTURES, 'example.md'), 'utf8');
    const source = example.replace('level: B2', 'level: A1').replace(/\n/g, '\r\n');
    const whole = diagnoseLesson(source, 'example.md', engine).diagnostics;
    assert.ok(whole.some((d) => d.code === 'level-estimate'));
    assert.deepEqual(diagnoseParsedLesson(parseLesson(source, 'example.md'), source, engine).diagnostics, whole);
  });

  it('warns when the level is two levels away from the estimate, on the level', () => {
    const example = readFileSync(join(FIXTURES, 'example.md'), 'utf8');
    const easy = example.replace('level: B2', 'level: A1');
    const warning = diagnoseLesson(easy, 'example.md', engine).diagnostics.find((d) => d.code === 'level-estimate');
    assert.ok(warning);
    assert.match(warning.message, /^The lesson says A1, but its words and sentences read as (B1|B2|C1|C2)/);
    assert.deepEqual(warning.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 9 } });
    assert.equal(diagnoseLesson(example, 'example.md', engine).diagnostics.length, 0);
  });
});

describe('editor: lesson quick fixes', () => {
  let engine: AuthoringEngine;
  const broken = readFileSync(BROKEN, 'utf8');

  before(function () {
    this.timeout(120_000);
    engine = authoringEngine();
  });

  it('replaces an evidence quote with the nearest passage of the text, and the error goes', () => {
    const report = diagnoseLesson(broken, BROKEN, engine);
    const error = report.checked.errors.find((e) => /evidence/.test(e.message))!;
    const fix = evidenceFix(broken, error.line, report.checked.lesson!);
    assert.ok(fix);
    const fixed = applyEdits(broken, fix.edits);
    assert.ok(fixed.includes('   > en visite à Beijing\n'), fixed);
    assert.ok(!diagnoseLesson(fixed, BROKEN).checked.errors.some((e) => /evidence/.test(e.message)));
    assert.equal(nearestPassage('la reunion prochain', ['Ils ont préparé la réunion prochaine des chefs.']), 'la réunion prochaine');
  });

  it('corrects a near-miss glossary entry to the form in the text, and the warning goes', () => {
    const report = diagnoseLesson(broken, BROKEN, engine);
    const entry = report.checked.lesson!.glossary.find((e) => e.headword === 'préparatiffs')!;
    const fix = nearMissFix(broken, entry, report.analysis!);
    assert.ok(fix);
    assert.equal(fix.title, "Change 'préparatiffs' to 'préparatifs', as in the text");
    const fixed = applyEdits(broken, fix.edits);
    assert.ok(fixed.includes('| préparatifs | NOUN | m | preparations | always plural |'));
    assert.ok(!diagnoseLesson(fixed, BROKEN, engine).diagnostics.some((d) => d.code === 'glossary-unmatched'));
  });

  it('adds a Translation skeleton with one numbered line per sentence', () => {
    const report = diagnoseLesson(broken, BROKEN, engine);
    const fix = translationSkeletonFix(broken, report.checked.lesson!);
    assert.ok(fix);
    const fixed = applyEdits(broken, fix.edits);
    assert.ok(fixed.includes('always plural |\n\n## Translation\n\n1. \n2. \n\n## Questions'), fixed);
    // The skeleton is there to be filled in: the parser names its empty sentences.
    assert.ok(diagnoseLesson(fixed, BROKEN).checked.errors.some((e) => e.message === 'A sentence of the translation is empty.'));
    const example = readFileSync(join(FIXTURES, 'example.md'), 'utf8');
    assert.equal(translationSkeletonFix(example, parseLesson(example, 'example.md')), undefined, 'not when there is one');
  });

  it('adds glossary rows, with the engine’s tag, gender and gloss, for what the glossary leaves to the engine', () => {
    const report = diagnoseLesson(broken, BROKEN, engine);
    const fix = glossaryRowsFix(broken, report.analysis!, engine);
    assert.ok(fix);
    const fixed = applyEdits(broken, fix.edits);
    const added = fixed.split('\n').slice(23, 23 + (fixed.split('\n').length - broken.split('\n').length));
    assert.ok(added.length > 0 && added.every((l) => /^\| [^|]+ \| [A-Z]+ \| (m|f|m\/f)? ?\| [^|]+ \| .*\|$/.test(l)), added.join('\n'));
    assert.ok(added.some((l) => l.startsWith("| ministre des Affaires étrangères |")), added.join('\n'));
    // The new rows match the text: nothing is added twice.
    const again = diagnoseLesson(fixed, BROKEN, engine);
    assert.ok(!again.diagnostics.some((d) => d.code === 'glossary-unmatched' && !/préparatiffs/.test(d.message)), again.diagnostics.map((d) => d.message).join('\n'));
  });
});
