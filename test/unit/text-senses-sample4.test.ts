// Error classes of the fourth hand-judged gloss sample (test/eval/gloss-judgements-4.tsv, regional news
// from L'Est Républicain), fixed after it was judged: a prefixed compound (mini-rencontres) with no
// automatic gloss, a noun that shares its spelling
// with an adjective shown with the adjective's gloss (l'historique), a reflexive sense the gloss lacked
// (s'éclaircir = to thin out), and news words without a gloss (rixe, désolant, maestria).
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

describe('senses, fourth sample: the causes of its misses', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('a compound with a news prefix gets an automatic gloss from its base word', () => {
    const a = analyzer.analyze('Sur ces mini-rencontres, le sommet franco-allemand a déçu.');
    assert.equal(token(a, 'mini-rencontres').gloss, 'mini-meeting');
    assert.equal(token(a, 'mini-rencontres').glossSource, 'auto');
    assert.equal(token(a, 'franco-allemand').gloss, 'Franco-German');
  });

  it('a noun spelt like an adjective has its own gloss (l\'historique = the history)', () => {
    const t = token(analyzer.analyze('Dans son intervention, M. Soyer a fait l\'historique de l\'école.'), 'historique');
    assert.equal(t.upos, 'NOUN');
    assert.match(firstSense(t), /^history/);
  });

  it('a reflexive sense the gloss now names is chosen after the clitic (s\'éclaircir = to thin out)', () => {
    const t = token(analyzer.analyze('L\'harmonie a vu soudainement ses rangs s\'éclaircir.'), 'éclaircir');
    assert.match(firstSense(t), /^s'éclaircir = to thin out/);
  });

  it('the sample\'s words without a gloss have one', () => {
    const a = analyzer.analyze('Une rixe désolante, menée avec maestria, au club de colombophilie ; de l\'acrylique. Las !');
    for (const form of ['rixe', 'désolante', 'maestria', 'colombophilie', 'acrylique']) assert.ok(token(a, form).gloss, form);
    assert.ok(token(a, 'Las').gloss?.includes('alas'));
  });

  it('a present participle used as an adjective gets the verb\'s -ing form, marked automatic', () => {
    // (fracassant, the sample's own word, has had an authored gloss since session 24: dramatic, sensational.)
    const a = analyzer.analyze('Un succès étincelant, sur un ton apaisant.');
    assert.equal(token(a, 'étincelant').gloss, 'sparkling');
    assert.equal(token(a, 'étincelant').glossSource, 'auto');
    assert.equal(token(a, 'apaisant').gloss, 'easing');
  });
});
