// The held-out Wikinews corpus of `npm run eval` (test/eval/wikinews.ts): the saved articles are
// normalised as the README says and listed once in the pools manifest, and the readers and the
// figures behave on real files and hand-built analyses.
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis, AnalyzedToken } from '../../src/core/text/types';
import {
  countWords, emptyFigures, formatNewsFigures, normaliseWinerText, readPools, readPoolTexts, readTextsDir,
  tallyAnalysis, textSentences, WIKINEWS_DIR,
} from '../eval/wikinews';
import { analysisDataDir } from './helpers/analysisData';

describe('eval: Wikinews held-out corpus', () => {
  it('normalises only a plain space before , . ) and after (', () => {
    assert.equal(normaliseWinerText('Céline Dion , dont l\' Insee .'), 'Céline Dion, dont l\' Insee.');
    assert.equal(normaliseWinerText('à la Plagne ( Savoie ), le 9 septembre 2017 . –'), 'à la Plagne (Savoie), le 9 septembre 2017. –');
    const kept = 'Pakistan : un « oui » ; vraiment ? Oui ! a-t-il dit\u00a0: « non\u00a0».';
    assert.equal(normaliseWinerText(kept), kept);
  });

  it('keeps every saved 2017 article (and reviews 13\'s to 19\'s 2018 ones) normalised, titled and counted as the manifest says, in one pool', () => {
    const pools = readPools();
    // Review 13 ran past 2017 in path order and reviews 14 to 19 went on in 2018; their 2018 articles are listed in the same manifest.
    const saved = (year: string): string[] => readdirSync(join(WIKINEWS_DIR, year), { recursive: true }).map(String).filter((f) => f.endsWith('.txt')).map((f) => `${year}/${f}`);
    const onDisk = [...saved('2017'), ...saved('2018')].sort();
    assert.deepEqual(pools.map((p) => p.path).sort(), onDisk);
    assert.equal(new Set(pools.map((p) => p.path)).size, pools.length, 'an article is in two pools');
    for (const p of pools) {
      const text = readFileSync(join(WIKINEWS_DIR, p.path), 'utf8');
      assert.equal(normaliseWinerText(text), text, p.path);
      assert.equal(text.split('\n')[0]!.trim(), p.title, p.path);
      assert.equal(countWords(text), p.words, p.path);
      assert.ok(p.words >= 120, p.path);
    }
    const months = (pool: string): string[] => [...new Set(pools.filter((p) => p.pool === pool).map((p) => p.path.slice(5, 7)))].sort();
    assert.deepEqual(months('quiz-review'), ['09', '10']);
    assert.deepEqual(months('coverage'), ['01', '02', '03', '04', '05', '06', '07', '08']);
    assert.deepEqual(months('quiz-review-6'), ['02']);
    assert.deepEqual(months('quiz-review-7'), ['03']);
    assert.deepEqual(months('quiz-review-8'), ['01']);
    assert.deepEqual(months('quiz-review-9'), ['05']);
    assert.deepEqual(months('quiz-review-10'), ['04']);
    assert.deepEqual(months('quiz-review-11'), ['04']);
    assert.deepEqual(months('quiz-review-12'), ['04']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-13').map((p) => p.path.slice(0, 7)))], ['2017/04', '2017/06', '2018/01', '2018/02']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-14').map((p) => p.path.slice(0, 7)))], ['2018/02', '2018/03']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-15').map((p) => p.path.slice(0, 7)))], ['2018/03', '2018/04']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-16').map((p) => p.path.slice(0, 7)))], ['2018/04', '2018/05', '2018/06']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-17').map((p) => p.path.slice(0, 7)))], ['2018/06', '2018/07']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-18').map((p) => p.path.slice(0, 7)))], ['2018/07', '2018/08']);
    assert.deepEqual([...new Set(pools.filter((p) => p.pool === 'quiz-review-19').map((p) => p.path.slice(0, 7)))], ['2018/08', '2018/10', '2018/11', '2018/12']);
    assert.ok(pools.every((p) => p.path.startsWith('2017/') || ['quiz-review-13', 'quiz-review-14', 'quiz-review-15', 'quiz-review-16', 'quiz-review-17', 'quiz-review-18', 'quiz-review-19'].includes(p.pool)), 'a 2018 article outside reviews 13 to 19');
    assert.deepEqual(['quiz-review', 'gloss-sample', 'coverage', 'quiz-review-6', 'quiz-review-7', 'quiz-review-8', 'quiz-review-9', 'quiz-review-10', 'quiz-review-11', 'quiz-review-12', 'quiz-review-13', 'quiz-review-14', 'quiz-review-15', 'quiz-review-16', 'quiz-review-17', 'quiz-review-18', 'quiz-review-19'].map((n) => pools.filter((p) => p.pool === n).length), [12, 30, 35, 7, 7, 6, 2, 6, 6, 6, 6, 6, 7, 7, 7, 6, 6]);
  });

  it('names the manifest and line of a malformed row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikinews-'));
    const file = join(dir, 'pools.tsv');
    writeFileSync(file, 'pool\tpath\ttitle\twords\ncoverage\t2017/01/a.txt\tUn titre\t130\nsport\t2017/01/b.txt\tAutre\t99\n');
    assert.throws(() => readPools(file), (e: Error) => e.message.startsWith(`${file}:3: expected pool`));
    assert.throws(() => readPools(join(dir, 'none.tsv')), /none\.tsv: the Wikinews pools manifest is missing/);
  });

  it('reads the .txt files of a folder in name order and names a folder it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikinews-'));
    writeFileSync(join(dir, 'b.txt'), 'Deuxième.');
    writeFileSync(join(dir, 'a.txt'), 'Premier.');
    writeFileSync(join(dir, 'notes.md'), 'pas un texte');
    assert.deepEqual(readTextsDir(dir).map((t) => [t.id.endsWith('a.txt') || t.id.endsWith('b.txt') ? t.id.slice(-5) : t.id, t.text]), [['a.txt', 'Premier.'], ['b.txt', 'Deuxième.']]);
    const empty = join(dir, 'vide');
    mkdirSync(empty);
    assert.throws(() => readTextsDir(empty), (e: Error) => e.message === `${empty}: the folder has no .txt file.`);
    assert.throws(() => readTextsDir(join(dir, 'absent')), /absent: no such folder of texts\./);
    assert.equal(readPoolTexts('quiz-review')[0]!.id, readPools().find((p) => p.pool === 'quiz-review')!.path);
  });

  it('counts tokens without punctuation, content tokens by gloss source, and expressions per 1,000 tokens', () => {
    const tok = (form: string, upos: AnalyzedToken['upos'], gloss?: string, glossSource?: AnalyzedToken['glossSource']): AnalyzedToken => ({
      form, start: 0, end: form.length, kind: upos === 'PUNCT' ? 'punct' : 'word', lemma: form, upos, gloss, glossSource,
    });
    const analysis: Analysis = {
      text: '',
      sentences: [],
      expressions: [{ lemma: 'mettre en œuvre', upos: 'VERB', gloss: 'to implement', first: 1, last: 3, parts: [1, 2, 3] }],
      tokens: [
        tok('Le', 'DET', 'the', 'core'), tok('traité', 'NOUN', 'treaty', 'core'), tok('fragilisé', 'ADJ', 'weakened', 'auto'),
        tok('quadragénaire', 'NOUN'), tok('Paris', 'PROPN'), tok('vite', 'ADV', 'quickly', 'core'), tok('.', 'PUNCT'),
      ],
    };
    const f = tallyAnalysis(tallyAnalysis(emptyFigures(), analysis), analysis);
    assert.deepEqual(f, { texts: 2, tokens: 12, content: 8, authored: 4, automatic: 2, noGloss: 2, expressions: 2 });
    assert.deepEqual(formatNewsFigures('test', f), [
      'test: 2 articles, 12 tokens, 8 content tokens',
      '  content tokens with an authored gloss 50.00%, with any gloss 75.00%, with no gloss 25.00%',
      '  expression matches: 2 (166.7 per 1,000 tokens)',
    ]);
  });

  it('splits whole texts into the engine\'s sentences, numbered within each text', function () {
    this.timeout(120000);
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    const text = 'La réunion a commencé lundi. Les ministres ont signé un accord.';
    assert.deepEqual(textSentences(analyzer, [{ id: 'x.txt', text }, { id: 'y.txt', text: 'Une phrase.' }]), [
      { id: 'x.txt#1', text: 'La réunion a commencé lundi.' },
      { id: 'x.txt#2', text: 'Les ministres ont signé un accord.' },
      { id: 'y.txt#1', text: 'Une phrase.' },
    ]);
  });
});
