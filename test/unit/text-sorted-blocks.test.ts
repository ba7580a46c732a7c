// The sorted data files (lexicon, frequencies, glosses) are read a block at a time through the
// block index the build writes beside them (src/core/text/lexicon.ts): every lookup must answer as
// a search of the whole file does, and a file changed since its index (even to the same size) must
// not be misread.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { blockIndexText, openSortedTsv, SortedTsv } from '../../src/core/text/lexicon';

/** A sorted `key<TAB>value` file (UTF-8 byte order, as the build sorts), as bytes. */
function sortedFile(rows: Map<string, string>): Buffer {
  const lines = [...rows].map(([k, v]) => Buffer.from(`${k}\t${v}`, 'utf8'));
  const key = (l: Buffer): Buffer => l.subarray(0, l.indexOf(9));
  lines.sort((a, b) => Buffer.compare(key(a), key(b)));
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
}

/** Keys with accents, apostrophes, hyphens, a separator and characters beyond the BMP, never a tab or line break. */
const keyArb = fc.array(fc.constantFrom('a', 'b', 'é', 'è', 'ç', 'œ', "'", '’', '-', 'É', 'Z', '1', '\u001f', '😀', 'ß', 'x'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const valueArb = fc.array(fc.constantFrom('N', 'm', '1', 'x', 'é', ' ', ';'), { minLength: 0, maxLength: 30 }).map((cs) => cs.join(''));

describe('sorted data files read by blocks', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'depeche-blocks-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every lookup, present or absent, as a search of the whole file', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.dictionary(keyArb, valueArb, { minKeys: 1, maxKeys: 120 }), fc.array(keyArb, { maxLength: 40 }), fc.integer({ min: 16, max: 300 }), (rows, absent, blockSize) => {
        const file = sortedFile(new Map(Object.entries(rows)));
        const path = join(dir, `t${n++}.tsv`);
        writeFileSync(path, file);
        writeFileSync(`${path}.blocks`, blockIndexText(file, blockSize));
        const whole = new SortedTsv(file);
        const blocked = openSortedTsv(path);
        for (const k of [...Object.keys(rows), ...absent]) assert.equal(blocked.find(k), whole.find(k), k);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a file edited since its index, to the same size, as the file now is', () => {
    const rows = new Map(Array.from({ length: 400 }, (_, i) => [`mot${String(i).padStart(3, '0')}`, `valeur ${i}`] as [string, string]));
    const file = sortedFile(rows);
    const path = join(dir, 'edited.tsv');
    writeFileSync(`${path}.blocks`, blockIndexText(file, 256));
    // One key a character shorter, a later value a character longer: the same size, lines shifted.
    rows.delete('mot010');
    rows.set('mo010', 'valeur 10');
    rows.set('mot300', 'valeur 3000');
    const edited = sortedFile(rows);
    assert.equal(edited.length, file.length);
    writeFileSync(path, edited);
    const blocked = openSortedTsv(path);
    const whole = new SortedTsv(edited);
    for (const k of ['mot011', 'mot100', 'mot299', 'mot300', 'mot301', 'mot399', 'mo010', 'mot010']) assert.equal(blocked.find(k), whole.find(k), k);
    assert.equal(blocked.find('mot300'), 'valeur 3000');
    assert.equal(blocked.find('mot010'), undefined);
  });

  it('holds no copy of the file, however many lookups: a value edited in place after them is read as it now is', () => {
    const rows = new Map(Array.from({ length: 400 }, (_, i) => [`mot${String(i).padStart(3, '0')}`, `valeur ${i}`] as [string, string]));
    const file = sortedFile(rows);
    const path = join(dir, 'many.tsv');
    writeFileSync(path, file);
    writeFileSync(`${path}.blocks`, blockIndexText(file, 256));
    const blocked = openSortedTsv(path);
    // Ten lookups for each of the file's blocks, each key more than once.
    for (let round = 0; round < 10; round++) for (const k of rows.keys()) assert.equal(blocked.find(k), rows.get(k));
    rows.set('mot250', 'valeur X50');
    const edited = sortedFile(rows);
    assert.equal(edited.length, file.length);
    writeFileSync(path, edited);
    assert.equal(blocked.find('mot250'), 'valeur X50');
  });

  it('shares one reader among the engines opened on a file, and opens a new one when the file is rebuilt', () => {
    const path = join(dir, 'shared.tsv');
    const first = sortedFile(new Map([['a', '1'], ['b', '2']]));
    writeFileSync(path, first);
    writeFileSync(`${path}.blocks`, blockIndexText(first, 4));
    const reader = openSortedTsv(path);
    assert.equal(openSortedTsv(path), reader);
    const rebuilt = sortedFile(new Map([['a', '1'], ['b', '22'], ['c', '3']]));
    writeFileSync(path, rebuilt);
    writeFileSync(`${path}.blocks`, blockIndexText(rebuilt, 4));
    const again = openSortedTsv(path);
    assert.notEqual(again, reader);
    assert.equal(again.find('b'), '22');
    assert.equal(again.find('c'), '3');
  });

  it('reads the whole file when the index was made for another size, or there is none', () => {
    const rows = new Map([['a', '1'], ['b', '2'], ['c', '3']]);
    const path = join(dir, 'other.tsv');
    writeFileSync(`${path}.blocks`, blockIndexText(sortedFile(new Map([['a', '1']])), 16));
    writeFileSync(path, sortedFile(rows));
    assert.equal(openSortedTsv(path).find('c'), '3');
    const bare = join(dir, 'bare.tsv');
    writeFileSync(bare, sortedFile(rows));
    assert.equal(openSortedTsv(bare).find('b'), '2');
  });
});
