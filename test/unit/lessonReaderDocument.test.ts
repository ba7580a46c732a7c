import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderDocument, ReaderUnit } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument, buildReaderDocumentInSlices } from '../../src/core/lesson/readerDocument';
import { weakAnalyzer } from './lessonTestAnalyzer';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lessons');

const analyzer = weakAnalyzer(
  { fait: 'faire', était: 'être', rencontré: 'rencontrer', indiqué: 'indiquer' },
  [
    { forms: ['en', 'visite', 'à'], lemma: 'en visite à', upos: 'ADP', gloss: 'visiting' },
    // Overlaps a glossary entry, which must win.
    { forms: ['en', 'personne'], lemma: 'en personne', upos: 'ADV', gloss: 'personally (engine)' },
  ],
  { jeudi: 'Thursday' },
);

function build(name: string): ReaderDocument {
  const file = `test/fixtures/lessons/${name}`;
  return buildReaderDocument(parseLesson(readFileSync(join(FIXTURES, name), 'utf8'), file), analyzer);
}

function unitsByText(doc: ReaderDocument, text: string): ReaderUnit[] {
  return doc.units.filter((u) => u.text === text);
}

/** The paragraph's text rebuilt from its segments. */
function rebuild(doc: ReaderDocument, paragraph: number): string {
  return (doc.paragraphs[paragraph]?.sentences ?? [])
    .flatMap((s) => s.segments)
    .map((seg) => ('text' in seg ? seg.text : (doc.units[seg.unit]?.text ?? '')))
    .join('');
}

describe('buildReaderDocument', () => {
  const doc = build('example.md');
  const lesson = parseLesson(readFileSync(join(FIXTURES, 'example.md'), 'utf8'), 'test/fixtures/lessons/example.md');

  it('gives back every paragraph exactly from its segments', () => {
    lesson.paragraphs.forEach((p, i) => assert.equal(rebuild(doc, i), p.text));
  });

  it('makes every word token a unit and leaves punctuation and spaces as text', () => {
    const segments = doc.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.segments));
    const plain = segments.flatMap((s) => ('text' in s ? [s.text] : []));
    for (const text of plain) assert.match(text, /^[\s.,;:!?«»"]*$/u, `plain text segment ${JSON.stringify(text)}`);
    assert.equal(doc.units.length, segments.length - plain.length);
    assert.deepEqual(doc.units.map((u) => u.id), doc.units.map((_, i) => i));
  });

  it("glosses chefs d'Etat from the glossary as one unit keyed by the expression, linked to its other occurrence", () => {
    const [first, second] = unitsByText(doc, "chefs d'Etat");
    assert.ok(first && second);
    assert.deepEqual(
      { lemma: first.lemma, gloss: first.gloss, origin: first.origin, multiword: first.multiword, key: first.key, gender: first.gender },
      { lemma: "chef d'État", gloss: 'head of state', origin: 'lesson', multiword: true, key: "chef d'État|EXPR", gender: 'm' },
    );
    assert.equal(first.occurrenceList, second.occurrenceList);
    assert.deepEqual(doc.occurrences[first.occurrenceList], [first.id, second.id]);
  });

  it('keys single words lemma|POS and gives the glossary note as plain text and safe HTML', () => {
    const [finaux] = unitsByText(doc, 'finaux');
    assert.equal(finaux?.key, 'final|ADJ');
    assert.equal(finaux?.note, 'plural finaux');
    assert.equal(finaux?.noteHtml, 'plural <em>finaux</em>');
  });

  it('finds a verb expression in another tense through the lemma', () => {
    const [fait] = unitsByText(doc, 'fait des préparatifs');
    assert.equal(fait?.lemma, 'faire des préparatifs');
    assert.equal(fait?.origin, 'lesson');
  });

  it('lets an inline gloss win over everything for its one occurrence', () => {
    const [rencontre] = unitsByText(doc, 'rencontre');
    assert.equal(rencontre?.origin, 'inline');
    assert.equal(rencontre?.gloss, 'meeting (here: the summit of the two presidents)');
  });

  it('lets the glossary win over an engine expression, and keeps other engine expressions as one unit', () => {
    assert.equal(unitsByText(doc, 'en personne')[0]?.origin, 'lesson');
    const [visite] = unitsByText(doc, 'en visite à');
    assert.deepEqual(
      { origin: visite?.origin, multiword: visite?.multiword, key: visite?.key, gloss: visite?.gloss },
      { origin: 'core', multiword: true, key: 'en visite à|EXPR', gloss: 'visiting' },
    );
  });

  it("falls back to the engine's word glosses, marked with their source", () => {
    const [jeudi] = unitsByText(doc, 'jeudi');
    assert.deepEqual([jeudi?.gloss, jeudi?.origin], ['Thursday', 'auto']);
    const [pays] = unitsByText(doc, 'pays');
    assert.deepEqual([pays?.gloss, pays?.origin], ['', 'auto']);
  });

  it('marks the letters a repair note changed, not the words around them', () => {
    assert.deepEqual(
      doc.units.filter((u) => u.repairedFrom).map((u) => [u.text, u.repairedFrom]),
      [
        ['Sergueï', 'Sergue?'],
        ['tâche', 'la tache'],
      ],
    );
  });

  it('carries the sentence translation on each sentence when the translation is sentence-aligned', () => {
    const sentences = doc.paragraphs.flatMap((p) => p.sentences);
    assert.deepEqual(sentences.map((s) => s.id), [0, 1, 2]);
    assert.deepEqual(
      sentences.map((s) => s.translation),
      lesson.translation?.mode === 'sentence' ? lesson.translation.sentences : [],
    );
    assert.ok(doc.paragraphs.every((p) => p.translation === undefined));
  });

  it('carries the paragraph translation on each paragraph when the translation is paragraph-aligned', () => {
    const paragraphs = build('paragraphs.md').paragraphs;
    assert.equal(paragraphs[1]?.translation, 'They expressed their position of opposing any attempt to create a confrontation between blocs.');
    assert.ok(paragraphs.flatMap((p) => p.sentences).every((s) => s.translation === undefined));
  });

  it('renders notes as safe HTML and passes the meta through', () => {
    assert.deepEqual(doc.meta, lesson.meta);
    assert.equal(doc.lessonId, 'lessons/example');
    assert.equal(doc.notes[1]?.html, `<p>French usage says <em>Pékin</em>; Xinhua&#39;s French service writes <em>Beijing</em>, the Chinese spelling.\nBoth name the same city.</p>\n`);
  });

  it('lets no script, event handler or javascript: link through from a hostile lesson', () => {
    const hostile = build('hostile.md');
    const html = hostile.notes.map((n) => n.html).join('\n') + hostile.units.map((u) => u.noteHtml ?? '').join('\n');
    assert.ok(!/<script|<img|javascript:/i.test(html), html);
    assert.match(html, /<a href="https:\/\/example.org">safe<\/a>/);
    assert.match(html, /<a href="mailto:a@example.org">mail<\/a>/);
    // The text itself stays text: the reader shows `<script>` as characters.
    assert.equal(rebuild(hostile, 1), '<script>alert(3)</script>');
  });
});

describe('buildReaderDocumentInSlices', () => {
  it('gives the same document, pausing after each paragraph (the extension host stays responsive)', async () => {
    const file = 'test/fixtures/lessons/paragraphs.md';
    const lesson = parseLesson(readFileSync(join(FIXTURES, 'paragraphs.md'), 'utf8'), file);
    let pauses = 0;
    const sliced = await buildReaderDocumentInSlices(lesson, analyzer, async () => {
      pauses += 1;
    });
    assert.deepEqual(sliced, buildReaderDocument(lesson, analyzer));
    assert.equal(pauses, lesson.paragraphs.length);
    assert.ok(pauses > 1);
  });
});
