// Validates the authored gloss lexicon files as data: provenance comments, header, column shape,
// tag values, uniqueness across files, and the size the engine's coverage target relies on.
import * as assert from 'node:assert/strict';
import { GLOSS_HEADER, glossFileNames, readGlossFile, type GlossFile } from '../eval/glossTsv';

const UPOS = new Set([
  'NOUN', 'VERB', 'ADJ', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'DET', 'NUM', 'INTJ', 'PROPN',
  'AUX', 'PART',
]);
const GENDERS = new Set(['', 'm', 'f', 'm/f']);
const MIN_ROWS = 5500;
const CAPITALISED_COMMON = new Set(['État', 'Mme']);
const ROMAN_ORDINAL = /^[IVXLC]+(er|re|e)$/;

describe('gloss lexicon data files', () => {
  const files: GlossFile[] = glossFileNames().map((f) => readGlossFile(f));
  const where = (file: string, line: number): string => `${file}:${line}`;

  it('has several files split by initial letter', () => {
    assert.ok(files.length >= 10, `only ${files.length} files`);
  });

  it('every file states its source and license before the header', () => {
    for (const f of files) {
      const text = f.comments.join('\n');
      assert.match(text, /authored by the Dépêche team for Dépêche/, f.file);
      assert.match(text, /License: MIT/, f.file);
      assert.equal(f.header, GLOSS_HEADER, `${f.file}: header`);
    }
  });

  it('every row has five tab-separated columns with valid values', () => {
    for (const f of files) {
      for (const { line, cells } of f.rows) {
        const at = where(f.file, line);
        assert.equal(cells.length, 5, `${at}: ${cells.length} columns`);
        const [lemma = '', upos = '', gender = '', gloss = '', note = ''] = cells;
        assert.ok(lemma.trim() !== '' && lemma === lemma.trim(), `${at}: lemma`);
        assert.equal(lemma, lemma.normalize('NFC'), `${at}: lemma not NFC`);
        assert.ok(UPOS.has(upos), `${at}: UPOS ${upos}`);
        assert.ok(GENDERS.has(gender), `${at}: gender ${gender}`);
        if (upos === 'NOUN') assert.notEqual(gender, '', `${at}: noun without gender`);
        if (upos !== 'NOUN' && upos !== 'PROPN') assert.equal(gender, '', `${at}: gender on ${upos}`);
        assert.ok(gloss.trim() !== '', `${at}: empty gloss`);
        assert.ok(!gloss.split('; ').some((s) => s.trim() === ''), `${at}: empty sense`);
        if (upos === 'VERB') assert.match(gloss, /^to /, `${at}: verb gloss must start with "to "`);
        assert.ok(!/\s/.test(lemma), `${at}: lemma with a space (multi-word expressions live elsewhere)`);
        if (upos !== 'PROPN') {
          // Common words are lower-case; only abbreviations (ONG, M.), Roman ordinals (XIXe) and
          // the capitalised État may start with a capital outside proper nouns.
          assert.ok(!/^\p{Lu}\p{Ll}{2,}$/u.test(lemma) || CAPITALISED_COMMON.has(lemma) || ROMAN_ORDINAL.test(lemma),
            `${at}: capitalised lemma ${lemma} outside PROPN`);
        }
        assert.ok(!/\t|\r/.test(note), `${at}: stray control character`);
      }
    }
  });

  it('each file only holds lemmas of its own initial letters', () => {
    const initial = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace('œ', 'o').charAt(0);
    for (const f of files) {
      const letters = f.file.replace(/\.tsv$/, '').split('-');
      for (const { line, cells } of f.rows) {
        const first = initial(cells[0] ?? '');
        const ok = f.file === '0-9.tsv' ? /[0-9]/.test(first) : letters.includes(first);
        assert.ok(ok, `${where(f.file, line)}: ${cells[0]} filed under ${f.file}`);
      }
    }
  });

  it('has no duplicate lemma+UPOS across all files', () => {
    const seen = new Map<string, string>();
    for (const f of files) {
      for (const { line, cells } of f.rows) {
        const key = `${cells[0]}\t${cells[1]}`;
        const prev = seen.get(key);
        assert.equal(prev, undefined, `${where(f.file, line)}: ${key} already at ${prev}`);
        seen.set(key, where(f.file, line));
      }
    }
  });

  it(`holds at least ${MIN_ROWS} rows`, () => {
    const total = files.reduce((n, f) => n + f.rows.length, 0);
    assert.ok(total >= MIN_ROWS, `${total} rows`);
  });
});
