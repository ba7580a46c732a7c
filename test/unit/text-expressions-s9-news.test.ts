// The news classes of session 9 (src/core/text/data/expressions/50-s9-news.tsv), through the real
// analyzer and the shipped entries: what the news tuning set (test/eval/mwe-extra/wikinews-2016-06-08)
// showed the engine missing on real dispatches.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('expressions of news (session 9)', function () {
  this.timeout(60000);
  const { found, lemmas } = expressionProbe();

  it('a title after « sacré » is the lexicalised unit: « sacré champion de France » gives champion de France', () => {
    assert.ok(lemmas("Chambéry a été sacré champion de France en battant Valence d'Agen.").includes('champion de France'));
    assert.ok(lemmas('Il a été sacré champion du monde à Rio.').includes('champion du monde'));
  });

  it('« en train de » without être, as after a comma', () => {
    assert.ok(found("J'étais au bar, au rez-de-chaussée, en train de prendre un verre.").includes('en train de = en train de'));
  });

  it('entrer en + noun and support verbs with a fixed determiner, conjugated', () => {
    assert.ok(found('Les éléments entrent en collision les uns avec les autres.').includes('entrer en collision = entrent en collision'));
    assert.ok(lemmas("Lucy aurait fait une chute mortelle d'un arbre.").includes('faire une chute'));
    assert.ok(lemmas('La députée a succombé à ses blessures.').includes('succomber à ses blessures'));
  });

  it('set terms of sport, security and nature in dispatches', () => {
    for (const [text, lemma] of [
      ['Il a remporté le titre de tir au pistolet.', 'tir au pistolet'],
      ['La finale par équipes a eu lieu hier.', 'par équipes'],
      ['Une voiture a explosé devant le quartier général.', 'quartier général'],
      ['La pyrale du buis est arrivée en Savoie.', 'pyrale du buis'],
      ['Le vote a eu lieu en assemblée plénière.', 'assemblée plénière'],
      ['Elle termine au pied du podium, avec la médaille en chocolat.', 'médaille en chocolat'],
    ]) assert.ok(lemmas(text!).includes(lemma!), `${text} → ${lemma}`);
  });
});
