// Error classes of the fifth hand-judged gloss sample (test/eval/gloss-judgements-5.tsv, regional news
// from L'Est Républicain), fixed after it was judged: an interjection read as a verb form (Hélas as
// héler), tout between a determiner and an adjective read as "all" (la toute nouvelle loi), a number
// written in words read as a noun with no gloss (quarante-huit), disposer que (to stipulate) shown as
// "to have", and words without a gloss or without their sense (broussailles, épanouissement, titulaire).
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis, AnalyzedToken, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

function token(analysis: Analysis, form: string): AnalyzedToken {
  const t = analysis.tokens.find((x) => x.form === form);
  assert.ok(t, `${form} in ${analysis.text}`);
  return t;
}

function firstSense(t: AnalyzedToken): string {
  return (t.gloss ?? '').split('; ')[0]!;
}

describe('senses, fifth sample: the causes of its misses', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('Hélas is the interjection "alas", not a form of héler', () => {
    const t = token(analyzer.analyze('Hélas ce n\'est pas satisfaisant.'), 'Hélas');
    assert.equal(`${t.lemma}/${t.upos}`, 'hélas/INTJ');
    assert.equal(t.gloss, 'alas');
  });

  it('tout between a determiner and an adjective is the adverb (la toute nouvelle loi)', () => {
    const t = token(analyzer.analyze('Il cite la toute nouvelle loi du 16 décembre.'), 'toute');
    assert.equal(t.upos, 'ADV');
    assert.match(firstSense(t), /quite|very/);
    // Before a noun it stays "all".
    assert.notEqual(token(analyzer.analyze('Toute la ville attend.'), 'Toute').upos, 'ADV');
  });

  it('a number written in words is a number, glossed in English', () => {
    const a = analyzer.analyze('Depuis quarante-huit heures, il attend ; il a quatre-vingt-dix ans.');
    assert.equal(token(a, 'quarante-huit').upos, 'NUM');
    assert.equal(token(a, 'quarante-huit').gloss, 'forty-eight (48)');
    assert.equal(token(a, 'quatre-vingt-dix').gloss, 'ninety (90)');
  });

  it('disposer que is "to provide, to stipulate"', () => {
    const t = token(analyzer.analyze('La Constitution dispose que la loi favorise l\'égal accès des femmes et des hommes.'), 'dispose');
    assert.match(firstSense(t), /^to provide, to stipulate/);
  });

  it('the sample\'s words have a gloss with the sense it needed', () => {
    const a = analyzer.analyze('Ils ont crapahuté dans les broussailles pour l\'épanouissement des petits, avec un titulaire mobile.');
    for (const form of ['crapahuté', 'broussailles', 'épanouissement']) assert.ok(token(a, form).gloss, form);
    assert.ok(token(a, 'titulaire').gloss?.includes('permanent'));
  });
});
