// Every item met in a lesson keeps the lesson, a sentence and the gloss it was met with, whichever
// way its record was made (a lookup, a quiz answer, a status button, "mark the rest known"); records
// made before that are filled from the lessons; "mark the rest known" is undone in one step. Over the
// shipped lessons with the real analysis engine, and real progress files on disk.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLessonFolders } from '../../src/core/lesson/library';
import type { ReaderDocument, ReaderUnit } from '../../src/core/lesson/model';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import {
  lacksContext, mergeDocuments, plainDocument, ProgressService, ProgressStore, readProgressFile, serializeDocument,
  type ProgressDocument, type VocabRecord,
} from '../../src/core/progress';
import { keySightings, lessonKeys, readerSighting } from '../../src/core/progress/readerSightings';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from './helpers/analysisData';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const LESSONS = join(__dirname, '..', '..', 'lessons');
/**
 * Written by the code before this change (the main checkout at cdeb6ea), doing what its reader and
 * quiz adapters did while a learner read the first two lessons of the shipped series: one lookup
 * (recorded with its sentence), the first quiz's answers, a status from the gloss card and "mark
 * the rest known" in lesson 1, then two answers of lesson 2's quiz the next day (keys alone).
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'progress', 'progress-v4-no-context.json');
const HEADS_OF_STATE = "chef d'État|EXPR";

describe('progress records keep where their items were met', function () {
  this.timeout(120_000); // the analysis data is built when missing
  let docs: ReaderDocument[];
  let first: ReaderDocument;
  let dir: string;
  let cleanup: () => void;
  let clock: FixedClock;

  before(async () => {
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    const { lessons } = await loadLessonFolders([LESSONS]);
    lessons.sort((a, b) => a.meta.order - b.meta.order);
    docs = lessons.map((l) => buildReaderDocument(l, analyzer));
    first = docs[0]!;
  });
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    clock = new FixedClock('2026-11-20T18:00:00.000Z');
  });
  afterEach(() => cleanup());

  const open = async (file = join(dir, 'progress.json')) => {
    const service = new ProgressService(new ProgressStore(file, clock.now), clock.now, seededRng(3), { scheduler: { enableFuzz: false } });
    await service.load();
    return service;
  };

  /** The first unit of a key in the text, as the reader shows it: what the record should hold. */
  function firstUnit(doc: ReaderDocument, key: string): ReaderUnit {
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const s of sentence.segments) if ('unit' in s && doc.units[s.unit]!.key === key) return doc.units[s.unit]!;
      }
    }
    throw new Error(`${key} is not in ${doc.lessonId}`);
  }

  /** The record holds the lesson, a whole sentence of it holding the item's form, and its gloss. */
  function assertContext(doc: ProgressDocument, key: string, lesson: ReaderDocument, record = doc.records.get(key)): void {
    assert.ok(record, `${key} has a record`);
    const unit = firstUnit(lesson, key);
    const met = record.met?.find((m) => m.lesson === lesson.lessonId);
    assert.ok(met, `${key} names ${lesson.lessonId}: ${JSON.stringify(record.met)}`);
    assert.ok(met.sentence, `${key} has a sentence`);
    const sentence = doc.sentences.get(met.sentence);
    assert.ok(sentence?.includes(met.form ?? '\u0000'), `${key}: the sentence «${sentence}» holds its form «${met.form}»`);
    assert.match(sentence!, /[.!?»]$/, `${key}: a whole sentence`);
    if (unit.gloss) assert.equal(record.gloss, unit.gloss, `${key}: the gloss of the lesson`);
  }

  it('records the lesson, the sentence and the gloss for each of the four ways a record is made', async () => {
    const service = await open();
    const chef = firstUnit(first, HEADS_OF_STATE);
    const quizKey = 'indiquer|VERB';
    const statusKey = 'rencontrer|VERB';
    // As the reader and quiz adapters call the service (readerProgress.ts, progressQuizRecorder.ts).
    service.lookup(readerSighting(first, chef.id)!);
    for (const item of keySightings(first, [quizKey])) service.quizAnswer(item, false);
    service.setStatus(keySightings(first, [statusKey])[0]!, 'learning-2');
    const rest = [...lessonKeys(first)].filter((k) => service.record(k) === undefined && firstUnit(first, k).pos !== 'PUNCT');
    assert.ok(rest.length > 20, `${rest.length} words left to mark`);
    const marked = service.markRestKnown(keySightings(first, rest));
    assert.equal(marked.previous.length, rest.length);
    await service.save();

    // What another window reads from the file.
    const saved = (await open()).document;
    for (const key of [HEADS_OF_STATE, quizKey, statusKey, ...rest]) assertContext(saved, key, first);
    assert.equal(saved.records.get(quizKey)!.history![0]!.source, 'quiz');
    assert.equal(saved.records.get(statusKey)!.status, 'learning-2');
    assert.equal(saved.records.get(rest[0]!)!.status, 'known');
    // What the learner sees of the quiz-graded word: its gloss and its sentence in the review, its
    // English and its lesson in the dashboard.
    clock.advance(15);
    const again = await open();
    const card = again.reviewCard({ key: quizKey, kind: 'due' });
    assert.equal(card.gloss, firstUnit(first, quizKey).gloss);
    assert.equal(card.sentence?.form, firstUnit(first, quizKey).text);
    assert.equal(card.sentence?.lesson, first.lessonId);
    const row = again.dashboard([]).vocabulary.find((r) => r.key === quizKey)!;
    assert.deepEqual([row.gloss, row.lessons], [firstUnit(first, quizKey).gloss, [first.lessonId]]);
  });

  it('keeps what a record has: a status or a quiz answer adds no second sentence of a lesson and keeps the gloss', async () => {
    const service = await open();
    const units = first.units.filter((u) => u.key === 'pays|NOUN');
    const later = units[units.length - 1]!;
    service.lookup(readerSighting(first, later.id)!);
    const before = plainDocument(service.document).records['pays|NOUN']!;
    service.setStatus(keySightings(first, ['pays|NOUN'])[0]!, 'learning-3');
    service.quizAnswer(keySightings(first, ['pays|NOUN'])[0]!, true);
    const after = service.record('pays|NOUN')!;
    assert.deepEqual(after.met, before.met);
    assert.equal(after.gloss, before.gloss);
    // A key the lesson's text does not hold (a quiz item's key the text spells otherwise) still names the lesson.
    for (const item of keySightings(first, ['inconnu|NOUN'])) service.quizAnswer(item, true);
    assert.deepEqual(service.record('inconnu|NOUN')!.met, [{ lesson: first.lessonId }]);
  });

  it('keeps the sentence as printed, with its non-breaking spaces, so the form is found in it', () => {
    // « la Ceinture et la Route » is written with U+00A0 inside the guillemets and before « ; ».
    const third = docs.find((d) => d.paragraphs.some((p) => p.sentences.some((s) => s.segments.some((g) => 'unit' in g && d.units[g.unit]!.text.includes('Ceinture')))))!;
    const unit = third.units.find((u) => u.text.includes('Ceinture'))!;
    const sighting = readerSighting(third, unit.id)!;
    assert.ok(sighting.sentence!.includes('\u00a0»'), `the sentence keeps its non-breaking spaces: ${JSON.stringify(sighting.sentence)}`);
    assert.ok(sighting.sentence!.includes(sighting.form!), `«${sighting.form}» is in «${sighting.sentence}»`);
    for (const s of keySightings(third, [...lessonKeys(third)])) {
      if (s.sentence && s.form) assert.ok(s.sentence.includes(s.form), `${s.key}: «${s.form}» is in «${s.sentence}»`);
    }
  });

  describe('undoing "mark the rest known"', () => {
    it('puts every record it changed back as it was, in one step, and leaves one changed since', async () => {
      const service = await open();
      const keys = [...lessonKeys(first)].filter((k) => firstUnit(first, k).pos !== 'PUNCT');
      // Before: a word looked up (new, with its sentence), a word being learnt, the rest never met.
      const looked = keys.find((k) => k === 'pays|NOUN')!;
      service.lookup(readerSighting(first, firstUnit(first, looked).id)!);
      service.setStatus(keySightings(first, ['rencontrer|VERB'])[0]!, 'learning-1');
      const before = plainDocument(service.document).records;
      clock.advance(1);
      const marked = service.markRestKnown(keySightings(first, keys));
      const markedKeys = marked.previous.map((p) => p.key);
      assert.ok(markedKeys.includes(looked) && !markedKeys.includes('rencontrer|VERB'));
      assert.ok(markedKeys.length > 20);
      for (const key of markedKeys) assert.equal(service.record(key)!.status, 'known');
      await service.save();
      const savedBeforeUndo = serializeDocument(service.document);
      // The learner changes one of them before undoing.
      clock.advance(1);
      const changed = markedKeys.find((k) => k !== looked)!;
      service.setStatus(changed, 'learning-4');

      clock.advance(1);
      const restored = service.undoStatuses(marked);
      assert.deepEqual(restored, markedKeys.filter((k) => k !== changed));
      const undoneAt = clock.now().toISOString();
      for (const key of restored) {
        const record = plainDocument(service.document).records[key]!;
        const { statusAt, met, gloss, glossAt, ...rest } = record;
        const was: VocabRecord = before[key] ?? { status: 'new' };
        assert.equal(record.status, was.status, key);
        assert.equal(statusAt, undoneAt, `${key}: stamped with the undo, so that no merge brings "known" back`);
        const { statusAt: _s, met: wasMet, gloss: wasGloss, glossAt: wasGlossAt, ...wasRest } = was;
        assert.deepEqual(rest, wasRest, `${key}: history and card as they were`);
        if (before[key]) assert.deepEqual([met, gloss, glossAt], [wasMet, wasGloss, wasGlossAt], `${key}: as it was`);
        else assertContext(service.document, key, first); // where it was met is kept: it was met
      }
      assert.equal(service.record(changed)!.status, 'learning-4', 'a status set after the mark is kept');
      assert.deepEqual(service.undoStatuses(marked), [], 'a second undo changes nothing');
      // Coverage and the queue are as before the mark.
      assert.deepEqual(service.queue().items.map((i) => i.key).sort(), ['pays|NOUN', 'rencontrer|VERB', changed].sort());

      // Saved, and merged with the copy saved before the undo (another window's), the undo holds.
      await service.save();
      const onDisk = (await open()).document;
      const merged = mergeDocuments(onDisk, readProgressFile(JSON.parse(savedBeforeUndo)).doc);
      for (const key of restored) assert.equal(merged.records.get(key)!.status, 'new', key);
    });
  });

  describe('filling in old records from the lessons', () => {
    it('gives every record of a file written before records kept their context the lesson, sentence and gloss', async () => {
      const file = join(dir, 'progress.json');
      copyFileSync(FIXTURE, file);
      const service = await open(file);
      const doc = service.document;
      const keys = [...doc.records.keys()];
      const lacking = keys.filter((k) => lacksContext(doc.records.get(k)!, doc.sentences));
      // As the learner found it: of 41 records, only the one looked up has a gloss and a sentence.
      assert.equal(keys.length, 41);
      assert.deepEqual(keys.filter((k) => !lacking.includes(k)), [HEADS_OF_STATE]);
      assert.equal(doc.records.get('indiquer|VERB')!.met, undefined);
      assert.equal(doc.records.get('indiquer|VERB')!.gloss, undefined);
      const lookedUp = plainDocument(doc).records[HEADS_OF_STATE];
      const statusesBefore = Object.fromEntries(keys.map((k) => [k, doc.records.get(k)!.status]));

      // The file predates the pronoun lemmas a learner looks up: its « Ils » is eux|PRON, a key no
      // lesson holds now (they read ils|PRON). Such a record is left as it is.
      const held = new Set(docs.flatMap((d) => [...lessonKeys(d)]));
      assert.deepEqual(keys.filter((k) => !held.has(k)), ['eux|PRON']);
      const filled = service.fillContext(docs);
      assert.deepEqual([...filled].sort(), lacking.filter((k) => held.has(k)).sort());
      await service.save();

      const reread = (await open(file)).document;
      const second = docs[1]!;
      assert.equal(reread.records.get('eux|PRON')!.met, undefined);
      for (const key of keys.filter((k) => held.has(k))) {
        // Lesson 2's quiz graded these two the next day: they are given lesson 2, where they were quizzed.
        const lesson = key === 'approfondir|VERB' || key === 'peuple|NOUN' ? second : first;
        assertContext(reread, key, lesson);
        assert.equal(reread.records.get(key)!.status, statusesBefore[key], `${key}: the status is kept`);
      }
      assert.deepEqual(plainDocument(reread).records[HEADS_OF_STATE], lookedUp, 'a record with its context is left alone');
      // Once filled, nothing more to do: no change, no save.
      const again = await open(file);
      assert.deepEqual(again.fillContext(docs), []);
      assert.equal(again.hasUnsavedChanges, false);
      assert.equal(readFileSync(FIXTURE, 'utf8').length > 0, true);
    });

    it('prefers the lesson a record names, and leaves records no lesson holds', async () => {
      const service = await open();
      const second = docs[1]!;
      const shared = [...lessonKeys(second)].find((k) => k.endsWith('|NOUN') && lessonKeys(first).has(k))!;
      // A record that names lesson 2 without a sentence (a status set there), and one no lesson holds.
      service.setStatus({ key: shared, lesson: second.lessonId }, 'learning-1');
      service.setStatus('zzz|NOUN', 'learning-1');
      assert.deepEqual(service.fillContext(docs), [shared]);
      assertContext(service.document, shared, second);
      assert.equal(service.record(shared)!.met!.some((m) => m.lesson === first.lessonId), false);
      assert.equal(service.record('zzz|NOUN')!.met, undefined);
    });
  });
});
