// The tokenizer's table of canonical spellings: whatever it holds, a spelling it gives back must
// say exactly what the text says, and a full table must go on cutting words rather than fail.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingTable } from '../../src/core/text/spellings';
import { SpellingIds, tokenizeForAnalysis } from '../../src/core/text/tokenizer';

describe('SpellingTable: one canonical string per spelling', () => {
  it('gives back the characters between start and end, for any text and any cut', () => {
    const table = new SpellingTable(2, 6);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        return table.spelling(text, start, end) === text.slice(start, end);
      }),
    );
  });

  it('holds a spelling met again once, wherever it was cut from', () => {
    const table = new SpellingTable(8, 8);
    assert.equal(table.spelling('la tâche de', 3, 8), 'tâche');
    assert.equal(table.spelling('une tâche', 4, 9), 'tâche');
    assert.equal(table.size, 1);
    assert.equal(table.spelling('tâches', 0, 6), 'tâches');
    assert.equal(table.spelling('Tâche', 0, 5), 'Tâche');
    assert.equal(table.size, 3);
  });

  it('keeps every spelling as it doubles, and finds each again after', () => {
    const table = new SpellingTable(1, 8);
    const words = Array.from({ length: 100 }, (_, i) => `mot${i}`);
    for (const w of words) assert.equal(table.spelling(`« ${w} »`, 2, w.length + 2), w);
    assert.equal(table.size, 100);
    for (const w of words) assert.equal(table.spelling(w, 0, w.length), w);
    assert.equal(table.size, 100);
  });

  it('tells apart spellings that share a slot, and goes on cutting once half its largest table is taken', () => {
    const table = new SpellingTable(2, 3);
    const words = ['accord', 'accords', 'sommet', 'traité', 'paix', 'guerre', 'Moscou', 'Pékin', 'été', 'étés'];
    for (let pass = 0; pass < 2; pass++) {
      for (const w of words) assert.equal(table.spelling(` ${w} `, 1, w.length + 1), w);
    }
    assert.equal(table.size, 4);
  });

  it('gives each spelling one id for the life of the table, through its doublings, and -1 once it is full', () => {
    const table = new SpellingTable(1, 4);
    const words = ['accord', 'sommet', 'traité', 'paix', 'guerre', 'Moscou', 'Pékin', 'été', 'étés', 'mots'];
    const ids = words.map((w) => table.idOf(` ${w} `, 1, w.length + 1));
    assert.deepEqual(ids, [0, 1, 2, 3, 4, 5, 6, 7, -1, -1]);
    words.forEach((w, k) => {
      assert.equal(table.idOf(w, 0, w.length), ids[k]);
      if (ids[k]! >= 0) assert.equal(table.stringOf(ids[k]!), w);
    });
  });
});

describe('tokenizeForAnalysis: spelling ids', () => {
  it('gives a word the id of its spelling, the same for every token of it, and -1 to numbers and punctuation', () => {
    const spellingIds = new SpellingIds();
    const text = 'La paix, la paix : 12 accords. La paix !';
    const tokens = tokenizeForAnalysis(text, spellingIds);
    const idOf = (k: number): number => spellingIds.ids[k]!;
    const paix = tokens.map((t, k) => (t.form === 'paix' ? idOf(k) : undefined)).filter((x) => x !== undefined);
    assert.equal(paix.length, 3);
    assert.ok(paix.every((id) => id === paix[0]));
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.kind !== 'word') assert.equal(idOf(k), -1, tokens[k]!.form);
    // (The process's table may be full after the other tests' texts: a new word then has -1, two of them alike.)
    const [upper, lower] = [idOf(tokens.findIndex((t) => t.form === 'La')), idOf(tokens.findIndex((t) => t.form === 'la'))];
    assert.ok(upper !== lower || upper === -1);
  });

  it('holds an id for each token of a long text', () => {
    const spellingIds = new SpellingIds();
    const words = Array.from({ length: 3000 }, (_, i) => `mot${i % 700}`);
    const tokens = tokenizeForAnalysis(words.join(' '), spellingIds);
    assert.equal(tokens.length, 3000);
    for (let k = 0; k < tokens.length; k++) assert.equal(spellingIds.ids[k], spellingIds.ids[k % 700], tokens[k]!.form);
  });
});
