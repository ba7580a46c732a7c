// Engine and importer errors of blind review 10 (test/eval/quiz-review.md, « Review 10 »), each
// fixed at its class and tested through the real analyzer, repairer and shipped data.
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

describe('engine and importer errors of review 10', function () {
  this.timeout(60000);
  let analyze: (text: string) => Analysis;
  before(() => {
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    analyze = (text) => analyzer.analyze(text);
  });
  const lemmasOf = (text: string): string[] => analyze(text).tokens.filter((t) => t.kind === 'word').map((t) => t.lemma);
  const expressions = (text: string): string[] => analyze(text).expressions.map((e) => e.lemma);

  describe('a quote-like mark between an elided word and a letter is its apostrophe (item 10)', () => {
    const cases: [string, string[]][] = [
      ['Il a dit : « c\u2018est à moi ».', ['ce', 'être']],
      ['C\u02bcest la fin.', ['ce', 'être']],
      ['L`enquête avance.', ['le', 'enquête']],
      ['Il n\u00b4a rien dit.', ['ne', 'avoir']],
      ['Il faut qu\u2032il parte.', ['que', 'il']],
      ['Il attend jusqu\u2018au soir.', ['jusque', 'à']],
    ];
    for (const [text, lemmas] of cases) {
      it(`« ${text} » reads ${lemmas.join(' + ')}`, () => {
        const all = lemmasOf(text);
        const at = all.indexOf(lemmas[0]!);
        assert.ok(at >= 0, all.join(' '));
        assert.deepEqual(all.slice(at, at + lemmas.length), lemmas, all.join(' '));
      });
    }
    it('a quoted word keeps its quotation marks: « le mot ‘est’ » is no elision', () => {
      const tokens = analyze('Il écrit le mot \u2018est\u2019 au tableau.').tokens.map((t) => t.form);
      assert.ok(tokens.includes('\u2018'), tokens.join('|'));
    });
  });
});
