// The vocabulary exports against what Anki reads: the .apkg opened with the same SQLite library
// (sql.js) and checked against Anki's schema 11, the text file parsed by a strict CSV parser under
// Anki's header rules, the CSV as spreadsheets read it. The progress is made as a learner makes it,
// through the four ways a record is made (a lookup, a quiz answer, a status button, "mark the rest
// known"), over the shipped lessons with the real analysis engine, and saved to a real file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database, SqlJsStatic } from 'sql.js';
import {
  CLOZE_NOTE_TYPE, exportVocabulary, FIELDS, loadSqlJs, NOTE_TYPE_ID, NOTE_TYPE_NAME, noteGuid, readZip, SCHEMA_VERSION, TEMPLATES,
  TEXT_COLUMNS,
} from '../../src/core/anki';
import { loadLessonFolders } from '../../src/core/lesson/library';
import type { ReaderDocument, ReaderUnit } from '../../src/core/lesson/model';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { CSV_COLUMNS, ProgressService, ProgressStore, type OptionalStatus } from '../../src/core/progress';
import { keySightings, lessonKeys, readerSighting } from '../../src/core/progress/readerSightings';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from './helpers/analysisData';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const ROOT = join(__dirname, '..', '..');
const LESSONS = join(ROOT, 'lessons');
const WASM = join(ROOT, 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm');
const SERIES_DECK = 'Dépêche::Wang Yi – Lavrov, Pékin 2022';
const LOOKED_UP = "chef d'État|EXPR";
const QUIZZED = 'indiquer|VERB';
const STATUS_SET = 'rencontrer|VERB';

interface ApkgNote { id: number; guid: string; mid: number; mod: number; tags: string; flds: string; sfld: string; csum: number }
interface ApkgCard { id: number; nid: number; did: number; ord: number; type: number; queue: number }

/** Anki's checksum, computed here from the plain word: sha1, first 8 hex digits, as a number. */
function ankiChecksum(text: string): number {
  return parseInt(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8), 16);
}

function rows<T>(db: Database, sql: string): T[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])) as T);
}

describe('vocabulary exports for Anki', function () {
  this.timeout(120_000); // the analysis data is built when missing
  let docs: ReaderDocument[];
  let sql: SqlJsStatic;
  let dir: string;
  let cleanup: () => void;
  let clock: FixedClock;
  /** The keys "mark the rest known" set known in lesson 1. */
  let marked: string[];
  let ceinture: ReaderUnit;
  let service: ProgressService;

  before(async () => {
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    const { lessons } = await loadLessonFolders([LESSONS]);
    lessons.sort((a, b) => a.meta.order - b.meta.order);
    docs = lessons.map((l) => buildReaderDocument(l, analyzer));
    sql = await loadSqlJs(WASM);
  });

  /** A learner's progress, made as the reader, quiz and review adapters make it, then read back from disk. */
  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    clock = new FixedClock('2026-11-20T18:00:00.000Z');
    const first = docs[0]!;
    const third = docs[2]!;
    const writer = await open();
    writer.lookup(readerSighting(first, first.units.find((u) => u.key === LOOKED_UP)!.id)!);
    writer.grade(LOOKED_UP, 'good'); // the review that follows a lookup
    for (const item of keySightings(first, [QUIZZED])) writer.quizAnswer(item, false);
    writer.setStatus(keySightings(first, [STATUS_SET])[0]!, 'learning-2');
    ceinture = third.units.find((u) => u.text.includes('Ceinture'))!;
    writer.lookup(readerSighting(third, ceinture.id)!);
    writer.setStatus(keySightings(third, [ceinture.key])[0]!, 'learning-3');
    writer.setStatus(keySightings(first, ['pays|NOUN'])[0]!, 'ignored');
    const rest = [...lessonKeys(first)].filter((k) => writer.record(k) === undefined && first.units.find((u) => u.key === k)!.pos !== 'PUNCT');
    marked = writer.markRestKnown(keySightings(first, rest)).previous.map((p) => p.key);
    assert.ok(marked.length > 20);
    await writer.save();
    service = await open();
  });
  afterEach(() => cleanup());

  async function open(): Promise<ProgressService> {
    const s = new ProgressService(new ProgressStore(join(dir, 'progress.json'), clock.now), clock.now, seededRng(3), { scheduler: { enableFuzz: false } });
    await s.load();
    return s;
  }

  function exportApkg(include: OptionalStatus[] = [], lessons = docs): Database {
    const bytes = Buffer.from(exportVocabulary(service.document, 'apkg', { now: clock.now(), lessons, include, sql }));
    const entries = readZip(bytes);
    assert.deepEqual(entries.map((e) => e.name), ['collection.anki2', 'media']);
    assert.equal(entries[1]!.data.toString(), '{}');
    return new sql.Database(entries[0]!.data);
  }

  function exportText(format: 'anki-tsv' | 'csv', include: OptionalStatus[] = []): string {
    return Buffer.from(exportVocabulary(service.document, format, { now: clock.now(), lessons: docs, include })).toString('utf8');
  }

  it('writes an Anki collection (schema 11) with the note type, the decks and one note per item', () => {
    const db = exportApkg();
    try {
      const [col] = rows<Record<string, string | number>>(db, 'SELECT * FROM col');
      assert.equal(col!.ver, SCHEMA_VERSION);
      const models = JSON.parse(col!.models as string);
      const model = models[NOTE_TYPE_ID];
      assert.equal(model.name, NOTE_TYPE_NAME);
      assert.equal(model.type, 0, 'a standard note type (two templates)');
      assert.equal(model.sortf, 0, 'sorted on French');
      assert.deepEqual(model.flds.map((f: { name: string; ord: number }) => [f.name, f.ord]), FIELDS.map((f, i) => [f, i]));
      assert.deepEqual(model.tmpls.map((t: { name: string; ord: number }) => [t.name, t.ord]), [['Recognition', 0], ['Production', 1]]);
      for (const t of model.tmpls) {
        assert.match(t.qfmt, /lang="fr"/);
        assert.match(t.afmt, /lang="fr"|^\{\{FrontSide\}\}/);
      }
      assert.match(model.css, /\.nightMode/);
      assert.match(model.css, /\.night_mode/);

      const decks = JSON.parse(col!.decks as string) as Record<string, { id: number; name: string; conf: number }>;
      const byName = new Map(Object.values(decks).map((d) => [d.name, d]));
      assert.deepEqual([...byName.keys()].sort(), ['Default', 'Dépêche', SERIES_DECK].sort());
      for (const [id, deck] of Object.entries(decks)) assert.equal(String(deck.id), id);
      const dconf = JSON.parse(col!.dconf as string);
      for (const deck of Object.values(decks)) assert.ok(dconf[deck.conf], `deck ${deck.name} has its option group`);
      const conf = JSON.parse(col!.conf as string);
      assert.equal(conf.curModel, NOTE_TYPE_ID);

      const notes = rows<ApkgNote>(db, 'SELECT * FROM notes ORDER BY sfld');
      // By default, the items being learnt: the one looked up then reviewed, the quizzed one, the two set by status.
      assert.deepEqual(notes.map((n) => n.sfld).sort(), [ceinture.lemma, "chef d'État", 'indiquer', 'rencontrer'].sort());
      for (const note of notes) {
        const fields = note.flds.split('\u001f');
        assert.equal(fields.length, model.flds.length, `${note.sfld}: one value per field`);
        assert.equal(note.mid, NOTE_TYPE_ID);
        assert.equal(note.csum, ankiChecksum(note.sfld), `${note.sfld}: Anki's checksum of the first field`);
        assert.equal(fields[0], note.sfld.replace(/&/g, '&amp;'));
        assert.match(note.tags, /^ .* $/, 'tags are space-delimited with a space at each end');
      }
      const cards = rows<ApkgCard>(db, 'SELECT * FROM cards');
      assert.equal(cards.length, notes.length * 2, 'a recognition and a production card per note');
      for (const card of cards) {
        assert.ok(notes.some((n) => n.id === card.nid));
        assert.equal(card.did, byName.get(SERIES_DECK)!.id, 'in the series deck');
        assert.deepEqual([card.type, card.queue], [0, 0], 'new');
      }
      assert.equal(new Set([...notes.map((n) => n.id), ...cards.map((c) => c.id)]).size, notes.length + cards.length, 'ids are unique');
      assert.equal(rows(db, 'PRAGMA integrity_check').length, 1);
    } finally {
      db.close();
    }
  });

  it('gives every exported item its gloss and sentence, for each of the four ways a record is made', () => {
    const keys = [LOOKED_UP, QUIZZED, STATUS_SET, ceinture.key, 'pays|NOUN', ...marked];
    // From the progress file alone first (no lessons to fill anything in): the records carry it.
    const bare = exportApkg(['known', 'ignored'], []);
    try {
      const notes = new Map(rows<ApkgNote>(bare, 'SELECT * FROM notes').map((n) => [n.guid, n]));
      assert.equal(notes.size, keys.length, 'known and ignored items go in when asked for');
      for (const key of keys) {
        const note = notes.get(noteGuid(NOTE_TYPE_NAME, key));
        assert.ok(note, `${key} is a note`);
        const [, english, sentence] = note.flds.split('\u001f') as string[];
        assert.ok(english, `${key}: a gloss`);
        assert.match(sentence!, /<span class="dp-item">[^<]+<\/span>/, `${key}: a sentence with the item marked: ${sentence}`);
      }
    } finally {
      bare.close();
    }
    const db = exportApkg(['known', 'ignored']);
    try {
      const notes = new Map(rows<ApkgNote>(db, 'SELECT * FROM notes').map((n) => [n.guid, n]));
      for (const key of keys) {
        const note = notes.get(noteGuid(NOTE_TYPE_NAME, key))!;
        const [french, english, sentence, , grammar, , source] = note.flds.split('\u001f') as string[];
        assert.ok(french && english && sentence, key);
        assert.ok(grammar, `${key}: grammar`);
        const lesson = docs.find((d) => source!.startsWith(`${d.meta.title} — ${d.meta.source}`));
        assert.ok(lesson && lessonKeys(lesson).has(key), `${key}: the lesson it comes from: ${source}`);
      }
      const tags = (key: string) => notes.get(noteGuid(NOTE_TYPE_NAME, key))!.tags.trim().split(' ');
      assert.deepEqual(tags(STATUS_SET), ['diplomatie', 'Chine', 'Russie', 'rencontre_bilatérale', 'depeche::learning-2']);
      assert.ok(tags(marked[0]!).includes('depeche::known'));
      assert.ok(tags('pays|NOUN').includes('depeche::ignored'));
      // The sentence keeps « » and its non-breaking spaces; the whole form is the marked item.
      const belt = notes.get(noteGuid(NOTE_TYPE_NAME, ceinture.key))!.flds.split('\u001f');
      assert.ok(belt[2]!.includes(`<span class="dp-item">${ceinture.text}</span>`), belt[2]);
      assert.ok(ceinture.text.includes('\u00a0'), 'the form has non-breaking spaces');
      // The sentence's English, where the lesson has one.
      const looked = notes.get(noteGuid(NOTE_TYPE_NAME, LOOKED_UP))!.flds.split('\u001f');
      assert.match(looked[3]!, /heads of state/);
    } finally {
      db.close();
    }
  });

  it('keeps each note’s GUID and ids across exports, so a second import updates the notes', () => {
    const before = exportApkg();
    const again = exportApkg();
    assert.deepEqual(Buffer.from(before.export()), Buffer.from(again.export()), 'the same progress gives the same collection');
    again.close();
    // Later: a new gloss, a new status, a new item.
    clock.advanceDays(3);
    const quizzed = keySightings(docs[0]!, [QUIZZED])[0]!;
    service.noteSightings([{ ...quizzed, gloss: 'to point out' }]);
    service.setStatus(STATUS_SET, 'learning-3');
    const second = docs[1]!;
    const fresh = [...lessonKeys(second)].find((k) => service.record(k) === undefined && k.endsWith('|NOUN'))!;
    service.setStatus(keySightings(second, [fresh])[0]!, 'learning-1');
    const after = exportApkg();
    try {
      const notesBefore = new Map(rows<ApkgNote>(before, 'SELECT * FROM notes').map((n) => [n.guid, n]));
      const notesAfter = new Map(rows<ApkgNote>(after, 'SELECT * FROM notes').map((n) => [n.guid, n]));
      assert.equal(notesAfter.size, notesBefore.size + 1);
      for (const [guid, note] of notesBefore) {
        const later = notesAfter.get(guid);
        assert.ok(later, `${note.sfld} keeps its GUID`);
        assert.equal(later.id, note.id);
        assert.ok(later.mod > note.mod, 'newer, so Anki updates the note it has');
      }
      const quizzedNote = notesAfter.get(noteGuid(NOTE_TYPE_NAME, QUIZZED))!;
      assert.equal(quizzedNote.flds.split('\u001f')[1], 'to point out');
      assert.match(notesAfter.get(noteGuid(NOTE_TYPE_NAME, STATUS_SET))!.tags, / depeche::learning-3 $/);
      assert.ok(notesAfter.has(noteGuid(NOTE_TYPE_NAME, fresh)));
      const cardIds = (db: Database) => rows<ApkgCard>(db, 'SELECT id, nid, ord FROM cards').map((c) => `${c.id}/${c.nid}/${c.ord}`);
      assert.ok(cardIds(before).every((c) => cardIds(after).includes(c)), 'the cards keep their ids');
    } finally {
      before.close();
      after.close();
    }
  });

  it('writes an Anki text file that a strict CSV parser reads under Anki’s header rules, as Cloze notes', () => {
    const text = exportText('anki-tsv', ['known']);
    const lines = text.split('\n');
    // Anki: header lines `#key:value` at the top only, then the notes.
    const headerCount = lines.findIndex((l) => !l.startsWith('#'));
    const headers = new Map(lines.slice(0, headerCount).map((l) => [l.slice(1, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]));
    assert.deepEqual(Object.fromEntries(headers), {
      separator: 'tab', html: 'true', notetype: CLOZE_NOTE_TYPE, deck: 'Dépêche', columns: TEXT_COLUMNS.join('\t'),
      'tags column': '3', 'deck column': '4', 'guid column': '5',
    });
    const records: string[][] = parse(lines.slice(headerCount).join('\n'), {
      delimiter: '\t', quote: '"', escape: '"', record_delimiter: '\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: true,
    });
    assert.equal(records.length, 4 + marked.length);
    const guids = new Set<string>();
    for (const [textField, backExtra, tags, deck, guid] of records as [string, string, string, string, string][]) {
      assert.equal((textField.match(/\{\{c1::/g) ?? []).length, 1, `one cloze: ${textField}`);
      assert.match(textField, /\{\{c1::[^:}]+(?::[^:}]+)*::[^}]+\}\}/, `the cloze has the English as its hint: ${textField}`);
      assert.match(backExtra, /^<b lang="fr">/);
      assert.match(tags, /depeche::(learning-\d|known)/);
      assert.equal(deck, SERIES_DECK);
      guids.add(guid);
    }
    assert.equal(guids.size, records.length, 'one GUID per note');
    const belt = records.find((r) => r[4] === noteGuid(CLOZE_NOTE_TYPE, ceinture.key))!;
    assert.ok(belt[0]!.includes(`{{c1::${ceinture.text}::`), `the form with its non-breaking spaces is the cloze: ${belt[0]}`);
    assert.deepEqual(exportText('anki-tsv', ['known']), text, 'the same GUIDs at the next export');
  });

  it('writes a CSV with a byte-order mark and CRLF that a strict parser reads back', () => {
    const text = exportText('csv');
    assert.ok(text.startsWith('\ufeff'), 'a UTF-8 byte-order mark');
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
    const records: string[][] = parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
    assert.deepEqual(records[0], CSV_COLUMNS);
    const belt = records.find((r) => r[0] === ceinture.key)!;
    assert.ok(belt[9]!.includes(`${ceinture.text}`), 'the sentence as printed, non-breaking spaces and all');
    assert.equal(records.length, 1 + 4);
  });
});
