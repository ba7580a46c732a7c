import assert from 'node:assert/strict';
import { Scheduler } from '../../src/core/srs';
import { toAnkiText } from '../../src/core/anki';
import {
  ProgressFileTooNewError, ProgressFormatError, emptyDocument, exportItems, exportJson, gradeItem, importJson, locate,
  noteSighting, setStatus, toCsv, type ProgressDocument,
} from '../../src/core/progress';
import { FixedClock, seededRng } from './progress-helpers';

/** A strict RFC 4180 reader, to check what the CSV writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.ok(c !== '\n' && c !== '\r' && c !== '"', `bare ${JSON.stringify(c)} at ${i}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  return rows;
}

describe('progress exports', () => {
  let doc: ProgressDocument;
  const clock = new FixedClock('2026-03-02T09:00:00.000Z');
  const ctx = () => ({ now: clock.now(), rng: seededRng(5), scheduler: new Scheduler({ enableFuzz: false }) });
  const SENTENCE = 'Wang Yi a souligné, devant la presse, « l’amitié sans limites » entre les deux pays.';
  beforeEach(() => {
    doc = emptyDocument();
    noteSighting(doc, { key: 'souligner|VERB', lesson: 'actualite/wang-yi-lavrov', sentence: SENTENCE, form: 'a souligné', gloss: 'to stress, "underline"' }, clock.now());
    noteSighting(doc, { key: 'souligner|VERB', lesson: 'actualite/autre dépêche', sentence: 'Il souligne.', form: 'souligne' }, clock.now());
    gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
    noteSighting(doc, { key: 'amitié sans limites|EXPR', lesson: 'actualite/wang-yi-lavrov', sentence: SENTENCE, form: 'amitié sans limites', gloss: 'no-limits friendship' }, clock.now());
    setStatus(doc, 'amitié sans limites|EXPR', 'known', clock.now());
    noteSighting(doc, { key: 'le|DET', lesson: 'actualite/wang-yi-lavrov', gloss: 'the' }, clock.now());
  });

  it('writes Anki Cloze notes: the sentence with the item as cloze 1 and its English as the hint', () => {
    const notes = toAnkiText(exportItems(doc, undefined, { include: ['known'] })).split('\n').filter((l) => l && !l.startsWith('#'));
    assert.deepEqual(notes.map((n) => n.split('\t')[0]), [
      'Wang Yi a souligné, devant la presse, « l’{{c1::amitié sans limites::no-limits friendship}} » entre les deux pays.',
      'Wang Yi {{c1::a souligné::to stress, &quot;underline&quot;}}, devant la presse, « l’amitié sans limites » entre les deux pays.',
    ]);
    assert.equal(exportItems(doc).length, 1, 'by default only the item being learnt');
    assert.deepEqual(exportItems(doc, undefined, { include: ['known', 'ignored'] }).map((i) => i.key), ['amitié sans limites|EXPR', 'souligner|VERB']);
  });

  it('finds the form in the sentence, also across ordinary and non-breaking spaces', () => {
    assert.deepEqual(locate('Il a souligné.', 'souligné'), { start: 5, end: 13 });
    assert.equal(locate('Il a souligné.', 'prôné'), undefined);
    // A sentence saved before sentences kept their non-breaking spaces, and the form as printed.
    assert.deepEqual(locate("l'Initiative de « la Ceinture et la Route » afin", '«\u00a0la Ceinture et la Route\u00a0»'), { start: 16, end: 43 });
  });

  it('writes RFC 4180 CSV that reads back field for field', () => {
    const text = toCsv(exportItems(doc, undefined, { include: ['known'] }));
    assert.ok(text.startsWith('\ufeffkey,'), 'a UTF-8 byte-order mark, then the header');
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], ['key', 'lemma', 'pos', 'status', 'gloss', 'due', 'reviews', 'lapses', 'lessons', 'sentence', 'note']);
    const s = rows.find((r) => r[0] === 'souligner|VERB')!;
    assert.equal(s[4], 'to stress, "underline"');
    assert.equal(s[6], '1');
    assert.equal(s[8], 'actualite/wang-yi-lavrov actualite/autre dépêche');
    assert.equal(s[9], SENTENCE);
    assert.equal(rows.length, 3);
  });

  it('exports the whole progress as JSON and merges it back on import', () => {
    const exported = exportJson(doc);
    const other = emptyDocument();
    setStatus(other, 'prôner|VERB', 'learning-1', clock.now());
    const merged = importJson(other, exported);
    assert.deepEqual(merged.records.get('souligner|VERB'), doc.records.get('souligner|VERB'));
    assert.equal(merged.records.get('prôner|VERB')!.status, 'learning-1');
    assert.deepEqual(merged.sentences, doc.sentences);
    assert.deepEqual(importJson(doc, exported), doc);
  });

  it('refuses to import what is not a progress file, or is from a newer version', () => {
    assert.throws(() => importJson(doc, '{"version": 2', 'x.json'), ProgressFormatError);
    assert.throws(() => importJson(doc, '[1,2]'), ProgressFormatError);
    assert.throws(() => importJson(doc, JSON.stringify({ ...doc, version: 99 })), ProgressFileTooNewError);
  });
});
