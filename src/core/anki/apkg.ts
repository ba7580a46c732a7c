// The .apkg Anki opens with a double click: a zip holding `collection.anki2` (an SQLite database in
// Anki's schema 11: the col row with the note type, deck and option JSON, then notes and cards)
// and `media` (an empty map). Written with sql.js (SQLite compiled to WebAssembly). Every id is
// derived from the item's key, so the same progress gives the same collection, and a GUID per
// item lets a second import update the notes it imported before instead of adding new ones.
import { readFileSync } from 'node:fs';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import type { ExportItem } from '../progress/exportItems';
import { fieldChecksum, stableId, stripHtml } from './ankiIds';
import { ankiNote, PARENT_DECK } from './ankiNotes';
import { NOTE_TYPE_ID, noteTypeJson } from './noteType';
import { writeZip } from './zip';

/** Loads SQLite from sql.js's `sql-wasm.wasm` (dist/ in the extension and the CLI). */
export async function loadSqlJs(wasmFile: string): Promise<SqlJsStatic> {
  const wasmBinary = readFileSync(wasmFile);
  return initSqlJs({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** Anki's schema version for this layout (col.ver). */
export const SCHEMA_VERSION = 11;
/** Anki's default deck and option group; a collection always has them. */
const DEFAULT_DECK = 1;
const DEFAULT_CONF = 1;

/** The .apkg of the items: one note each, its cards new, in a deck per series. `now` stamps the notes. */
export function writeApkg(items: readonly ExportItem[], sql: SqlJsStatic, now: Date): Buffer {
  const nowMs = now.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const notes = items.map(ankiNote);
  const deckNames = [...new Set([PARENT_DECK, ...notes.map((n) => n.deck)])];
  const deckIds = new Map(deckNames.map((name) => [name, stableId(`deck\u001f${name}`)]));
  const ids = new UniqueIds();

  const db = new sql.Database();
  try {
    db.run(SCHEMA);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      dayStart(nowSec), nowMs, nowMs, SCHEMA_VERSION,
      JSON.stringify(collectionConf(deckIds.get(PARENT_DECK)!)),
      JSON.stringify({ [NOTE_TYPE_ID]: noteTypeJson(deckIds.get(PARENT_DECK)!) }),
      JSON.stringify(decksJson(deckIds, nowSec)),
      JSON.stringify({ [DEFAULT_CONF]: defaultOptions() }),
      '{}',
    ]);
    db.run('BEGIN');
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    notes.forEach((note, position) => {
      const noteId = ids.take(`note\u001f${note.key}`);
      const [french, english, sentence] = note.fields as [string, string, string];
      insertNote.run([noteId, note.guid, NOTE_TYPE_ID, nowSec, ` ${note.tags.join(' ')} `, note.fields.join('\u001f'), stripHtml(french), fieldChecksum(french), '']);
      // Recognition needs the French; production a sentence or an English to ask from.
      const ords = [0, ...(sentence || english ? [1] : [])];
      for (const ord of ords) {
        insertCard.run([ids.take(`card\u001f${note.key}\u001f${ord}`), noteId, deckIds.get(note.deck)!, ord, nowSec, position + 1, '']);
      }
    });
    insertNote.free();
    insertCard.free();
    db.run('COMMIT');
    const collection = db.export();
    return writeZip([
      { name: 'collection.anki2', data: collection },
      { name: 'media', data: Buffer.from('{}') },
    ]);
  } finally {
    db.close();
  }
}

/** Ids from the key's hash; the next free one on a (rare) clash, so every id stays unique. */
class UniqueIds {
  private readonly used = new Set<number>();
  take(seed: string): number {
    let id = stableId(seed);
    while (this.used.has(id)) id++;
    this.used.add(id);
    return id;
  }
}

/** Seconds at the UTC day start: the collection's creation day (col.crt). */
function dayStart(nowSec: number): number {
  return nowSec - (nowSec % 86400);
}

function collectionConf(deckId: number): Record<string, unknown> {
  return {
    activeDecks: [deckId], curDeck: deckId, curModel: NOTE_TYPE_ID, nextPos: 1, estTimes: true, dueCounts: true,
    newSpread: 0, collapseTime: 1200, timeLim: 0, sortType: 'noteFld', sortBackwards: false, addToCur: true,
  };
}

function decksJson(deckIds: ReadonlyMap<string, number>, nowSec: number): Record<string, unknown> {
  const deck = (id: number, name: string, mod: number) => ({
    id, name, mod, usn: -1, desc: '', dyn: 0, conf: DEFAULT_CONF, collapsed: false, browserCollapsed: false,
    extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  });
  const decks: Record<string, unknown> = { [DEFAULT_DECK]: deck(DEFAULT_DECK, 'Default', 0) };
  for (const [name, id] of deckIds) decks[id] = deck(id, name, nowSec);
  return decks;
}

/** Anki's default options (only used when the learner's collection lacks the group). */
function defaultOptions(): Record<string, unknown> {
  return {
    id: DEFAULT_CONF, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  };
}
