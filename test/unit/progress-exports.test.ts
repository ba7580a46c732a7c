import assert from 'node:assert/strict';
import { Scheduler } from '../../src/core/srs';
import {
  ProgressFileTooNewError, ProgressFormatError, cloze, emptyDocument, exportJson, gradeItem, importJson,
  noteSighting, setStatus, toAnkiTsv, toCsv, type ProgressDocument,
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

  it('writes Anki notes: header lines, French, English, cloze sentence, lesson tags', () => {
    const lines = toAnkiTsv(doc).split('\n');
    assert.deepEqual(lines.slice(0, 4), ['#separator:tab', '#html:false', '#columns:French\tEnglish\tSentence\tTags\tNote', '#tags column:4']);
    assert.deepEqual(lines.slice(4), [
      'amitié sans limites\tno-limits friendship\tWang Yi a souligné, devant la presse, « l’{{c1::amitié sans limites}} » entre les deux pays.\tdepeche::actualite::wang-yi-lavrov\t',
      'souligner\t"to stress, ""underline"""\tWang Yi {{c1::a souligné}}, devant la presse, « l’amitié sans limites » entre les deux pays.\tdepeche::actualite::wang-yi-lavrov depeche::actualite::autre_dépêche\t',
      '',
    ]);
    assert.ok(!toAnkiTsv(doc).includes('le\tthe'), 'new items are left out by default');
    assert.ok(toAnkiTsv(doc, { statuses: ['new'] }).includes('le\tthe\t\tdepeche::actualite::wang-yi-lavrov'));
  });

  it('makes the cloze on the form, or leaves the sentence whole when the form is absent', () => {
    assert.equal(cloze('Il a souligné.', 'souligné'), 'Il a {{c1::souligné}}.');
    assert.equal(cloze('Il a souligné.', 'prôné'), 'Il a souligné.');
  });

  it('writes RFC 4180 CSV that reads back field for field', () => {
    const rows = parseCsv(toCsv(doc));
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
