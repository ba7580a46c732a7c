// The learner's own gloss and note (issue 15): set and cleared with their own times, kept in the
// version 4 line (a ninth field only on records that have one), read from files written before
// them, merged field by field (two windows, an import), shown first in reviews and the dashboard's
// table, and exported.
import assert from 'node:assert/strict';
import { FIELDS, ankiNote, toAnkiText } from '../../src/core/anki';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scheduler } from '../../src/core/srs';
import {
  ProgressFormatError, ProgressService, ProgressStore, buildQueue, emptyDocument, encodeFile, exportJson, importJson, mergeDocuments,
  noteSighting, plainDocument, readVersion4, reviewCardView, serializeDocument, setOwnGloss, toCsv, upgradeDocument, exportItems, setStatus,
  vocabularyRows, type ProgressDocument,
} from '../../src/core/progress';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'progress');
const KEY = 'souligner|VERB';
const SENTENCE = 'Wang Yi a souligné « l’importance » du dialogue.';

function sample(clock: FixedClock): ProgressDocument {
  const doc = emptyDocument();
  noteSighting(doc, { key: KEY, lesson: 'l/1', sentence: SENTENCE, form: 'a souligné', gloss: 'to stress' }, clock.now());
  noteSighting(doc, { key: 'dialogue|NOUN', lesson: 'l/1', gloss: 'dialogue' }, clock.now());
  return doc;
}

const clone = (d: ProgressDocument): ProgressDocument => upgradeDocument(JSON.parse(serializeDocument(d)));
const fileBytes = (doc: ProgressDocument) => Buffer.concat(encodeFile(doc, 1));

describe('own glosses and notes', () => {
  let clock: FixedClock;
  beforeEach(() => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
  });

  it('sets, trims and clears them, each with its own time, and returns what was there for an undo', () => {
    const doc = sample(clock);
    const before = setOwnGloss(doc, KEY, { gloss: '  to underline,\n to insist on ', note: ' Always with « que » + indicative.\nFormal. ' }, clock.now());
    assert.deepEqual(before, { gloss: '', note: '' });
    let r = doc.records.get(KEY)!;
    assert.equal(r.userGloss, 'to underline, to insist on');
    assert.equal(r.userNote, 'Always with « que » + indicative.\nFormal.');
    assert.equal(r.userGlossAt, '2026-03-02T09:00:00.000Z');
    assert.equal(r.gloss, 'to stress', 'the lesson gloss stays');
    clock.advance(5);
    // The note only: the gloss keeps its time.
    assert.deepEqual(setOwnGloss(doc, KEY, { note: '' }, clock.now()), { gloss: 'to underline, to insist on', note: 'Always with « que » + indicative.\nFormal.' });
    r = doc.records.get(KEY)!;
    assert.equal(r.userNote, undefined);
    assert.equal(r.userNoteAt, '2026-03-02T09:05:00.000Z', 'a cleared note keeps its time');
    assert.equal(r.userGlossAt, '2026-03-02T09:00:00.000Z');
    // The same text again changes nothing (no new time, no record for an unknown key).
    clock.advance(5);
    setOwnGloss(doc, KEY, { gloss: 'to underline, to insist on' }, clock.now());
    assert.equal(doc.records.get(KEY)!.userGlossAt, '2026-03-02T09:00:00.000Z');
    setOwnGloss(doc, 'rien|PRON', { gloss: ' ', note: '' }, clock.now());
    assert.equal(doc.records.has('rien|PRON'), false);
  });

  it('keeps them through the version 4 file, the fast and the careful way; other lines stay as before', () => {
    const doc = sample(clock);
    const plainBefore = fileBytes(doc).toString('latin1');
    setOwnGloss(doc, KEY, { gloss: 'to underline', note: 'cf. « mettre l’accent sur »' }, clock.now());
    clock.advance(1);
    setOwnGloss(doc, 'dialogue|NOUN', { note: 'x' }, clock.now());
    setOwnGloss(doc, 'dialogue|NOUN', { note: '' }, clock.now());
    const bytes = fileBytes(doc);
    assert.deepEqual(plainDocument(readVersion4(bytes)!.doc), plainDocument(doc));
    assert.deepEqual(plainDocument(upgradeDocument(JSON.parse(bytes.toString('latin1')))), plainDocument(doc));
    const lines = bytes.toString('latin1').split('\n');
    const line = lines.find((l) => l.includes('to underline'))!;
    assert.match(line, /,\["to underline",\d+,"cf\. \\u00ab mettre l\\u2019accent sur \\u00bb",\d+\]\]/);
    assert.match(lines.find((l) => l.startsWith('[') && l.includes('"dialogue"'))!, /,\[0,0,0,\d+\]\]/, 'a cleared note keeps its time');
    // A record without one is written as before own glosses (eight fields).
    const other = emptyDocument();
    noteSighting(other, { key: 'paix|NOUN', lesson: 'l/1', gloss: 'peace' }, clock.now());
    const record = fileBytes(other).toString('latin1').split('\n').find((l) => l.startsWith('[') && l.includes('peace'))!;
    assert.equal(JSON.parse(record.replace(/,$/, '')).length, 8);
    assert.ok(plainBefore.includes('"to stress"'));
  });

  it('rejects a malformed own field, naming the record', () => {
    const doc = sample(clock);
    setOwnGloss(doc, KEY, { gloss: 'to underline' }, clock.now());
    // A hand edit (the binary columns deleted): every record is checked.
    const text = fileBytes(doc).toString('latin1').replace(/,"columns":"[^"]*"/, '');
    for (const bad of ['["to underline",1772441999000,0]', '[5,0,0,0]', '["",0,0,0]', '["a",-4,0,0]']) {
      const edited = JSON.parse(text.replace(/\["to underline",\d+,0,0\]/, bad));
      assert.throws(() => upgradeDocument(edited), (e: unknown) => e instanceof ProgressFormatError && /souligner\|VERB/.test(e.detail), bad);
    }
    const v2 = JSON.parse(serializeDocument(doc));
    v2.records[KEY].userNote = 42;
    assert.throws(() => upgradeDocument(v2), /record souligner\|VERB has a malformed own gloss/);
  });

  it('reads a file written before own glosses, and saves one back with only the edited line changed', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'progress.json');
      copyFileSync(join(FIXTURES, 'progress-v4-no-context.json'), file);
      const service = new ProgressService(new ProgressStore(file, clock.now), clock.now, seededRng(1));
      assert.deepEqual(await service.load(), {});
      const key = [...service.document.records.keys()][0]!;
      assert.equal(service.record(key)!.userGloss, undefined);
      const oldLines = readFileSync(file, 'latin1').split('\n').filter((l) => l.startsWith('['));
      service.setOwnGloss(key, { gloss: 'mine', note: 'a note' });
      await service.save();
      const newLines = readFileSync(file, 'latin1').split('\n').filter((l) => l.startsWith('['));
      assert.equal(newLines.length, oldLines.length);
      const changed = newLines.filter((l, i) => l !== oldLines[i]);
      assert.equal(changed.length, 1);
      assert.match(changed[0]!, /\["mine",\d+,"a note",\d+\]\],?$/);
      const again = new ProgressService(new ProgressStore(file, clock.now), clock.now, seededRng(2));
      await again.load();
      assert.equal(again.record(key)!.userGloss, 'mine');
      assert.equal(again.record(key)!.userNote, 'a note');
    } finally {
      cleanup();
    }
  });

  it('reads the fixture written with own glosses', () => {
    const read = upgradeDocument(JSON.parse(readFileSync(join(FIXTURES, 'progress-v4-own-gloss.json'), 'latin1')));
    const r = read.records.get(KEY)!;
    assert.equal(r.userGloss, 'to underline, to insist on');
    assert.equal(r.userNote, 'Always « souligner que » + indicative.');
    assert.equal(read.records.get('dialogue|NOUN')!.userNoteAt, '2026-03-02T09:01:00.000Z');
  });

  it('merges gloss and note field by field, the later of each, and a clear stays cleared', () => {
    const base = sample(clock);
    setOwnGloss(base, KEY, { gloss: 'old', note: 'old note' }, clock.now());
    const a = clone(base);
    const b = clone(base);
    clock.advance(1);
    setOwnGloss(a, KEY, { gloss: 'from window A' }, clock.now());
    clock.advance(1);
    setOwnGloss(b, KEY, { note: '' }, clock.now());
    setOwnGloss(b, 'dialogue|NOUN', { gloss: 'talks' }, clock.now());
    for (const m of [mergeDocuments(a, b), mergeDocuments(b, a)]) {
      const r = m.records.get(KEY)!;
      assert.equal(r.userGloss, 'from window A');
      assert.equal(r.userNote, undefined, 'the later clear wins over the older note');
      assert.equal(r.userNoteAt, '2026-03-02T09:02:00.000Z');
      assert.equal(m.records.get('dialogue|NOUN')!.userGloss, 'talks');
    }
    // An import of an export made before the edits brings nothing old back.
    const imported = importJson(a, exportJson(base));
    assert.equal(imported.records.get(KEY)!.userGloss, 'from window A');
    assert.ok(exportJson(a).includes('"userGloss": "from window A"'));
  });

  it('shows them first in review cards and the dashboard table (searchable)', () => {
    const doc = sample(clock);
    setOwnGloss(doc, KEY, { gloss: 'to underline', note: 'formal' }, clock.now());
    const item = buildQueue(doc, { now: clock.now(), dayStart: clock.now(), newPerDay: 20 }).items.find((i) => i.key === KEY)
      ?? { key: KEY, kind: 'new' as const };
    const card = reviewCardView(doc, item, new Scheduler({ enableFuzz: false }), clock.now());
    assert.deepEqual(card.own, { gloss: 'to underline', note: 'formal' });
    assert.equal(card.gloss, 'to stress');
    const row = vocabularyRows(doc).find((r) => r.key === KEY)!;
    assert.equal(row.userGloss, 'to underline');
    assert.equal(row.userNote, 'formal');
    assert.deepEqual(vocabularyRows(doc, { query: 'underline' }).map((r) => r.key), [KEY]);
    assert.equal(vocabularyRows(doc).find((r) => r.key === 'dialogue|NOUN')!.userGloss, undefined);
  });

  it('exports the own gloss as the gloss, and the own note (Anki text and .apkg fields, CSV column)', () => {
    const doc = sample(clock);
    setOwnGloss(doc, KEY, { gloss: 'to underline', note: 'formal, "written"' }, clock.now());
    setStatus(doc, KEY, 'learning-1', clock.now());
    const items = exportItems(doc);
    const item = items.find((i) => i.key === KEY)!;
    assert.equal(item.gloss, 'to underline');
    assert.equal(item.ownNote, 'formal, "written"');
    const anki = toAnkiText(items);
    assert.match(anki, /\{\{c1::a souligné::to underline\}\}/, 'the own gloss is the cloze hint');
    assert.match(anki, /formal, &quot;written&quot;/, 'the own note is in Back Extra');
    assert.match(ankiNote(item).fields[FIELDS.indexOf('Note')]!, /^formal, &quot;written&quot;/);
    const csv = toCsv(items).slice(1).split('\r\n');
    assert.equal(csv[0], 'key,lemma,pos,status,gloss,due,reviews,lapses,lessons,sentence,note');
    const row = csv.find((r) => r.startsWith('souligner|VERB'))!;
    assert.ok(row.startsWith('souligner|VERB,souligner,VERB,learning-1,to underline,'), row);
    assert.ok(row.endsWith(',"formal, ""written"""'), row);
  });
});
