// The expression index the engine loads (dist/data/expression-index.tsv: groups of rows by first
// and second word, compiled on first use, for the cold start) against the eager index compiled
// from every row of dist/data/expressions.tsv: the same groups entry for entry, the same matches on
// real text, and nothing compiled that a text does not call for.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { ExpressionMatcher, expressionKeysOf, memberLexicon, parseExpressions } from '../../src/core/text/expressions';
import { Lexicon } from '../../src/core/text/lexicon';
import type { Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';
import { SEED_DISPATCH, sharedPath } from './helpers/shared';

const DISPATCHES = join(__dirname, '..', 'fixtures', 'dispatches');

describe('expression index compiled on first use', function () {
  this.timeout(120000);
  let dataDir: string;
  let lexicon: Lexicon;
  let analyzer: Analyzer;
  let eager: ExpressionMatcher;
  before(() => {
    dataDir = analysisDataDir();
    lexicon = new Lexicon(dataDir);
    analyzer = createAnalyzer({ dataDir, lexicon });
    eager = new ExpressionMatcher(parseExpressions(readFileSync(join(dataDir, 'expressions.tsv'), 'utf8')), memberLexicon(lexicon));
  });

  it('loads with no group compiled and compiles only the groups of the words a text brings', () => {
    const lazy = ExpressionMatcher.fromDir(dataDir, lexicon);
    assert.equal(lazy.compiledGroups, 0);
    const analysis = analyzer.analyze('Les relations bilatérales se sont améliorées.');
    const found = lazy.match(analysis.tokens).map((m) => m.lemma);
    assert.ok(found.includes('relation bilatérale'), found.join(', '));
    assert.ok(lazy.compiledGroups > 0 && lazy.compiledGroups <= 12, `${lazy.compiledGroups} groups compiled for 8 tokens`);
  });

  it('keeps apart what two matchers work out from the same keys arrays (each array keeps one matcher\'s)', () => {
    const analysis = analyzer.analyze('Les relations bilatérales se sont améliorées.');
    const keys = analysis.tokens.map((t) => expressionKeysOf(t));
    const lazy = ExpressionMatcher.fromDir(dataDir, lexicon);
    const none = new ExpressionMatcher([]);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(none.match(analysis.tokens, keys), []);
      assert.ok(lazy.match(analysis.tokens, keys).some((m) => m.lemma === 'relation bilatérale'), `round ${round}`);
    }
  });

  it('finds the same matches as the eager index on the seed, the fixture dispatches and the GSD dev sentences', () => {
    const texts = [readFileSync(SEED_DISPATCH, 'utf8')];
    for (const name of readdirSync(DISPATCHES).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(join(DISPATCHES, name), 'utf8'));
    const treebank = readFileSync(sharedPath('eval', 'fr_gsd-ud-dev.conllu'), 'utf8');
    texts.push(...treebank.split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)));
    const lazy = ExpressionMatcher.fromDir(dataDir, lexicon);
    let matches = 0;
    for (const text of texts) {
      const { tokens } = analyzer.analyze(text);
      const want = eager.match(tokens);
      assert.deepEqual(lazy.match(tokens), want, text.slice(0, 80));
      matches += want.length;
    }
    assert.ok(texts.length > 1400 && matches > 1000, `${matches} matches in ${texts.length} texts`);
  });

  it('holds every group of the eager index, entry for entry, and no other', () => {
    const lazy = ExpressionMatcher.fromDir(dataDir, lexicon);
    const keys = eager.firstKeys();
    assert.ok(keys.length > 1000, `${keys.length} groups`);
    for (const key of keys) assert.deepEqual(lazy.describeGroup(key), eager.describeGroup(key), `the group of « ${key} »`);
    assert.equal(lazy.compiledGroups, keys.length);
    const indexLines = readFileSync(join(dataDir, 'expression-index.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('\t'));
    assert.equal(indexLines.length, keys.length, 'the index lists no group the entries do not make');
    assert.deepEqual(lazy.describeGroup('nulmotici'), []);
  });

  it('compiles every row at load when the index was made for other rows (expressions.tsv edited alone)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depeche-expr-'));
    try {
      copyFileSync(join(dataDir, 'expression-index.tsv'), join(dir, 'expression-index.tsv'));
      const rows = readFileSync(join(dataDir, 'expressions.tsv'), 'utf8').split('\n');
      rows.splice(1, 0, 'feuille de chou\tNOUN\trag (a poor newspaper)\t\t');
      writeFileSync(join(dir, 'expressions.tsv'), rows.join('\n'));
      const matcher = ExpressionMatcher.fromDir(dir, lexicon);
      const { tokens } = analyzer.analyze('Les relations bilatérales font la une de cette feuille de chou.');
      const found = matcher.match(tokens);
      assert.deepEqual(found.map((m) => m.lemma), ['relation bilatérale', 'faire la une', 'feuille de chou']);
      assert.deepEqual(found, new ExpressionMatcher(parseExpressions(rows.join('\n')), memberLexicon(lexicon)).match(tokens));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
