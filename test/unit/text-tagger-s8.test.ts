// Tagger faults that blind quiz reviews found (reviews 6–8, issue 12) and that the quizzes then
// taught: each is tested as a general rule through the real analyzer and the shipped data, on the
// source's sentence where there is one and on sentences written for the test.
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis, AnalyzedToken } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

describe('tagger: faults the quiz reviews found (session 8)', function () {
  this.timeout(60000);
  let analyze: (text: string) => Analysis;
  before(() => {
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    analyze = (text) => analyzer.analyze(text);
  });
  const token = (text: string, form: string, nth = 0): AnalyzedToken => {
    const t = analyze(text).tokens.filter((x) => x.form === form)[nth];
    assert.ok(t, `${form} in « ${text} »`);
    return t;
  };
  const reading = (text: string, form: string, nth = 0): string => {
    const t = token(text, form, nth);
    return `${t.lemma}/${t.upos}`;
  };
  const cases = (rows: [string, string, string][]): void => {
    for (const [text, form, want] of rows) it(`« ${text} »: ${form} is ${want}`, () => assert.equal(reading(text, form), want));
  };

  describe('after a determiner, an adjective that is also a noun is the noun unless a noun follows for it to modify', () => {
    cases([
      // Review 8, items 34, 42, 47, 134 (2017_01_12-001, 2017_01_16-001).
      ["Déjà confrontée à une lente avancée au début de l'offensive lancée contre Daech, la Turquie ne parvient pas à reprendre al-Bab.", 'offensive', 'offensive/NOUN'],
      ["L'armée turque veut stopper l'offensive des FDS contre ces derniers.", 'offensive', 'offensive/NOUN'],
      ["L'armée syrienne avait été expulsée de Palmyre suite à une offensive surprise de Daech.", 'offensive', 'offensive/NOUN'],
      ['Cette offensive a duré deux mois.', 'offensive', 'offensive/NOUN'],
      ['Les FDS ont repris leur offensive dans le nord.', 'offensive', 'offensive/NOUN'],
      ['La rebelle syrienne a été arrêtée.', 'rebelle', 'rebelle/NOUN'],
      // A noun follows that the adjective stands before: it stays the adjective.
      ['Une violente explosion a secoué la ville.', 'violente', 'violent/ADJ'],
      ['La nouvelle offensive a commencé.', 'nouvelle', 'nouveau/ADJ'],
      ['Les militaires ont lancé une grande offensive surprise.', 'grande', 'grand/ADJ'],
    ]);
  });
});
