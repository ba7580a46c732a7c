// The tokenizer's table of canonical spellings: whatever it holds, a spelling it gives back must
// say exactly what the text says, and a full table must go on cutting words rather than fail.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingTable } from '../../src/core/text/spellings';

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
});
