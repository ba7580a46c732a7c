// Error classes of the second hand-judged gloss sample (test/eval/gloss-judgements-2.tsv), fixed by
// their cause: a lone capital letter read as a word (A = has, M = metre), an article + adjective
// with no noun after it (les mathématiques), English words inside French text left without a gloss,
// and set phrases
// read word by word (sous sa coupe, sous perfusion).
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis, AnalyzedToken, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

function token(analysis: Analysis, form: string, nth = 0): AnalyzedToken {
  const t = analysis.tokens.filter((x) => x.form === form)[nth];
  assert.ok(t, `${form} in ${analysis.text}`);
  return t;
}

/** The gloss of the expression the token belongs to, if any. */
function expressionGloss(analysis: Analysis, form: string): string | undefined {
  const t = token(analysis, form);
  return t.expression === undefined ? undefined : analysis.expressions[t.expression]!.gloss;
}

describe('senses, second sample: the causes of its misses', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('a lone capital letter inside a sentence is a symbol or a name, not a word', () => {
    const a = analyzer.analyze('La loi externe du A-module M est une opération de A qui fait de M un groupe.');
    for (const [form, nth] of [['A', 0], ['M', 0], ['M', 1]] as const) {
      const t = token(a, form, nth);
      assert.equal(`${t.lemma}/${t.upos}`, `${form}/PROPN`, `${form} #${nth}`);
    }
    // At the start of a sentence a capital A may still be the verb or À.
    assert.notEqual(token(analyzer.analyze('A vous de voir.'), 'A').upos, 'PROPN');
  });

  it('an adjective between an article and a pause, a conjunction or a verb is the noun', () => {
    const maths = token(analyzer.analyze('Il enseigna les mathématiques et autres sujets.'), 'mathématiques');
    assert.equal(maths.upos, 'NOUN');
    assert.match(maths.gloss ?? '', /^mathematics/);
    // Before a noun, and words that stand for a noun already named, stay adjectives.
    assert.equal(token(analyzer.analyze('Les mathématiques appliquées sont utiles.'), 'appliquées').upos, 'ADJ');
    assert.equal(token(analyzer.analyze('Il a vu le premier, puis le second.'), 'premier').upos, 'ADJ');
  });

  it('English words inside French text are glossed as themselves, marked English', () => {
    const a = analyzer.analyze('un film canadien (titre original : Being at Home with Claude) de Jean Beaudin');
    assert.equal(token(a, 'with').gloss, '(English) with');
    assert.equal(token(a, 'Home').gloss, '(English) home');
    assert.equal(token(analyzer.analyze('depuis Delaney, Bonnie and Friends jusqu\'à Backless'), 'and').gloss, '(English) and');
    // A French word that English also spells keeps its French gloss.
    assert.doesNotMatch(token(analyzer.analyze('Il joue du rock.'), 'rock').gloss ?? '', /English/);
  });

  it('set phrases of the sous + control and sous + state class are expressions', () => {
    assert.match(expressionGloss(analyzer.analyze('Pour le garder sous sa coupe, il le promeut.'), 'coupe') ?? '', /under one's control/);
    assert.match(expressionGloss(analyzer.analyze('Le pays est sous la coupe des milices.'), 'coupe') ?? '', /under the control of/);
    assert.match(expressionGloss(analyzer.analyze('Cette économie vit sous perfusion.'), 'perfusion') ?? '', /on a drip/);
    assert.match(expressionGloss(analyzer.analyze('Le pays vit sous le joug de la junte.'), 'joug') ?? '', /yoke/);
  });

  it('pronominal verbs take their reflexive sense, a batch of the class (sample 13: se relever, se nommer…)', () => {
    const first = (text: string, form: string) => token(analyzer.analyze(text), form).senses?.[0] ?? '';
    assert.match(first('Les économies européennes se relèvent.', 'relèvent'), /^to recover/);
    assert.match(first('Cette espèce se nomme Bacis Hairstreak en anglais.', 'nomme'), /^to be called/);
    assert.match(first('Sa famille fuit et s\'établit en Pologne.', 'établit'), /^to settle/);
    assert.match(first('Ils doivent s\'acquitter de leur mission.', 'acquitter'), /^to carry out/);
    assert.match(first('Les ministres se sont réunis hier.', 'réunis'), /^to meet/);
    // Without the clitic, the verb's own first sense; and the gloss's own "se réunir = to meet" is not said twice.
    assert.match(first('Il va lever la main.', 'lever'), /^to raise/);
    assert.match(first('Il a nommé un ministre.', 'nommé'), /^to appoint/);
    const met = token(analyzer.analyze('Les ministres se sont réunis hier.'), 'réunis');
    assert.equal(met.senses?.filter((s) => /to meet/.test(s)).length, 1);
  });
});
