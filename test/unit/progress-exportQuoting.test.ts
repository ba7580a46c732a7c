// The export quoting: what Anki's importer and spreadsheets would misread. Anki takes a line
// starting with `#` for a comment and drops the note; a spreadsheet runs a cell starting with
// = + - @ (or a tab or carriage return) as a formula.
import assert from 'node:assert/strict';
import { toAnkiText } from '../../src/core/anki';
import { csvField, emptyDocument, exportItems, noteSighting, setStatus, toCsv, type ProgressDocument } from '../../src/core/progress';
import { FixedClock } from './progress-helpers';

/** Anki's text import as it reads a file: `#` lines are headers or comments, then tab-separated fields, quoted like CSV. */
function ankiNotes(tsv: string): string[][] {
  const notes: string[][] = [];
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    notes.push(line.split('\t').map((f) => (/^".*"$/s.test(f) ? f.slice(1, -1).replace(/""/g, '"') : f)));
  }
  return notes;
}

describe('progress exports: quoting for Anki and spreadsheets', () => {
  const clock = new FixedClock('2026-03-02T09:00:00.000Z');
  let doc: ProgressDocument;
  const add = (lemma: string, gloss: string, sentence: string) => {
    const key = `${lemma}|NOUN`;
    noteSighting(doc, { key, lesson: 'actualite/metoo', sentence, form: lemma, gloss }, clock.now());
    setStatus(doc, key, 'known', clock.now());
  };
  beforeEach(() => {
    doc = emptyDocument();
  });

  it('quotes an Anki field starting with #, so the note is not read as a comment', () => {
    add('#MeToo', '#MeToo movement', 'Le mouvement #MeToo a commencé en 2017.');
    add('paix', 'peace', '#Paix : le mot-dièse du jour.');
    const tsv = toAnkiText(exportItems(doc, undefined, { include: ['known'] }));
    const body = tsv.split('\n').slice(8).filter(Boolean);
    assert.ok(body.every((l) => !l.startsWith('#')), `a note line starts with #: ${JSON.stringify(body)}`);
    assert.deepEqual(ankiNotes(tsv).map((n) => n[0]), [
      'Le mouvement {{c1::#MeToo::#MeToo movement}} a commencé en 2017.',
      '#Paix : le mot-dièse du jour.<br>{{c1::paix::peace}}',
    ]);
  });

  it('neutralises CSV cells a spreadsheet would run as formulas, as OWASP recommends', () => {
    for (const [cell, written] of [
      ['=HYPERLINK("http://evil.example","clic")', `"'=HYPERLINK(""http://evil.example"",""clic"")"`],
      ['+33 1 23', `"'+33 1 23"`],
      ['-t-il', `"'-t-il"`],
      ['@SUM(A1)', `"'@SUM(A1)"`],
      ['\t=1', `"'\t=1"`],
      ['\r=1', `"'\r=1"`],
      ['paix', 'paix'],
      ['a = b', 'a = b'],
      ['un, deux', '"un, deux"'],
    ] as const) {
      assert.equal(csvField(cell), written, JSON.stringify(cell));
    }
    add('=1+1', '@cmd', '- Oui, dit-il.');
    const row = toCsv(exportItems(doc, undefined, { include: ['known'] })).split('\r\n')[1]!;
    assert.ok(row.startsWith(`"'=1+1|NOUN","'=1+1",NOUN,known,"'@cmd",`), row);
    assert.ok(row.endsWith(`,"'- Oui, dit-il.",`), row); // then the empty note column
  });
});
