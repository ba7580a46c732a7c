// The lesson core with the real analysis engine (lexicon, tagger, expressions, glosses).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary, findGlossMatches } from '../../src/core/lesson/glossMatch';
import { loadLessonFolders } from '../../src/core/lesson/library';
import { segmentText, type GlossEntry, type Lesson, type ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analyzer, Upos } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lessons');

describe('lesson core with the analysis engine', () => {
  let analyzer: Analyzer;
  let lesson: Lesson;
  let doc: ReaderDocument;

  before(function () {
    this.timeout(120_000); // builds dist/data when it is missing
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    lesson = parseLesson(readFileSync(join(FIXTURES, 'example.md'), 'utf8'), 'test/fixtures/lessons/example.md');
    doc = buildReaderDocument(lesson, analyzer);
  });

  function matched(text: string, headword: string, pos: Upos = 'VERB'): string[] {
    const entry: GlossEntry = { headword, pos, gloss: 'g', line: 1 };
    const { tokens } = analyzer.analyze(text);
    return findGlossMatches(compileGlossary([entry], analyzer), tokens).map((m) =>
      text.slice(tokens[m.first]?.start, tokens[m.last]?.end),
    );
  }

  it('finds verb expressions in other tenses and agreements through the lemmatizer', () => {
    assert.deepEqual(matched('la Russie était disposée à travailler', 'être disposé à'), ['était disposée à']);
    assert.deepEqual(matched('Ils ont fait des préparatifs politiques', 'faire des préparatifs'), ['fait des préparatifs']);
    assert.deepEqual(matched('Les deux parties ont convenu de poursuivre', 'convenir de'), ['convenu de']);
    assert.deepEqual(matched('Guidée par les consensus', 'guidé par', 'ADJ'), ['Guidée par']);
  });

  it("finds chef d'État in chefs d'Etat and keeps tâche apart from tache", () => {
    assert.deepEqual(matched("la réunion des chefs d'Etat des deux pays", "chef d'État", 'NOUN'), ["chefs d'Etat"]);
    assert.deepEqual(matched('la tache primaire', 'tâche', 'NOUN'), []);
  });

  it('glosses every word of the example, the glossary first', () => {
    const byText = (t: string) => doc.units.find((u) => u.text === t);
    assert.deepEqual(
      ["Conseiller d'Etat", 'rencontré', 'fait des préparatifs', "chefs d'Etat", 'indiqué', 'tâche', 'finaux', 'en personne'].map((t) => [
        t,
        byText(t)?.key,
        byText(t)?.origin,
      ]),
      [
        ["Conseiller d'Etat", "Conseiller d'État|EXPR", 'lesson'],
        ['rencontré', 'rencontrer|VERB', 'lesson'],
        ['fait des préparatifs', 'faire des préparatifs|EXPR', 'lesson'],
        ["chefs d'Etat", "chef d'État|EXPR", 'lesson'],
        ['indiqué', 'indiquer|VERB', 'lesson'],
        ['tâche', 'tâche|NOUN', 'lesson'],
        ['finaux', 'final|ADJ', 'lesson'],
        ['en personne', 'en personne|EXPR', 'lesson'],
      ],
    );
    assert.notEqual(byText('jeudi')?.gloss ?? '', '', 'the engine glosses words the glossary leaves out');
    assert.ok(doc.units.every((u) => u.text.trim() === u.text && u.text !== ''));
  });

  it('keys words the engine glosses by their lemma and tag', () => {
    const ont = doc.units.find((u) => u.text === 'ont');
    assert.equal(ont?.key, 'avoir|AUX');
    assert.ok(ont?.origin === 'core' || ont?.origin === 'auto');
  });

  it('uses the glossary entry for an inline gloss of a form the glossary spells otherwise', () => {
    const source = readFileSync(join(FIXTURES, 'minimal.md'), 'utf8')
      .replace("l'esprit olympique.", "l'esprit olympique en {{Asie pacifique|Asia-Pacific}}.")
      .replace('| partie | NOUN |', '| Asie-Pacifique | PROPN | f | Asia-Pacific | |\n| partie | NOUN |');
    const built = buildReaderDocument(parseLesson(source, 'x/asie.md'), analyzer);
    const unit = built.units.find((u) => u.text === 'Asie pacifique');
    assert.deepEqual(
      [unit?.origin, unit?.gloss, unit?.lemma, unit?.key, unit?.multiword],
      ['inline', 'Asia-Pacific', 'Asie-Pacifique', 'Asie-Pacifique|PROPN', true],
    );
  });

  it('parses the shipped lessons and builds their documents with every paragraph rebuilt from its segments', async () => {
    const library = await loadLessonFolders([join(__dirname, '..', '..', 'lessons'), FIXTURES]);
    assert.ok(library.lessons.length >= 4);
    for (const l of library.lessons) {
      const d = buildReaderDocument(l, analyzer);
      l.paragraphs.forEach((p, i) => {
        const rebuilt = (d.paragraphs[i]?.sentences ?? [])
          .flatMap((s) => s.segments)
          .map((s) => segmentText(s, 'unit' in s ? d.units[s.unit] : undefined))
          .join('');
        assert.equal(rebuilt, p.text, `${l.id} paragraph ${i + 1}`);
      });
      if (l.translation?.mode === 'sentence') {
        assert.equal(d.paragraphs.flatMap((p) => p.sentences).length, l.translation.sentences.length, l.id);
      }
    }
  });
});
