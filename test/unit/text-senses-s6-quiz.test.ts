// Error classes the quiz review of real French Wikinews articles (2016/01–02, under
// test/fixtures/wikinews/2016/) found in the engine, each fixed at its class: profit and non-profit
// read as "lucrative", « à des fins » read as "end", approximatives and s'élever à matched with no
// quantity after them, adjectives read as the verb they also spell (conformes, délibérée), and a
// capital letter + full stop after a common noun taken for an initial (« la bombe H. La Corée… »).
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { splitSentences } from '../../src/core/text/tokenizer';
import type { Analysis, AnalyzedToken, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

function token(analysis: Analysis, form: string, nth = 0): AnalyzedToken {
  const t = analysis.tokens.filter((x) => x.form === form)[nth];
  assert.ok(t, `${form} in ${analysis.text}`);
  return t;
}

function firstSense(t: AnalyzedToken): string {
  return (t.gloss ?? '').split('; ')[0]!;
}

/** The entry of the expression the token belongs to (as the reader shows it), if any. */
function expressionOf(analysis: Analysis, form: string, nth = 0): string | undefined {
  const t = token(analysis, form, nth);
  return t.expression === undefined ? undefined : analysis.expressions[t.expression]!.lemma;
}

function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('senses, quiz review on Wikinews 2016/01–02: the causes of its misses', () => {
  let analyzer: Analyzer;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  });

  it('but lucratif, à but non lucratif, fins non lucratives are profit and non-profit, not "lucrative"', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['Une association à but non lucratif gère le refuge.', 'lucratif', /^à but non lucratif$/],
      ['Cette clinique est une société à but lucratif.', 'lucratif', /^à but lucratif$/],
      ['Un organisme sans but lucratif a repris le site.', 'lucratif', /^sans but lucratif$/],
      ['en la restreignant à des « fins non lucratives ».', 'lucratives', /^à des fins non lucratives$/],
      ['Les images sont vendues à des fins lucratives.', 'lucratives', /^à des fins lucratives$/],
    ];
    for (const [text, form, entry] of cases) {
      const a = analyzer.analyze(text);
      assert.match(expressionOf(a, form) ?? '(none)', entry, text);
      assert.equal(firstSense(token(a, form)), 'profit-making, for profit', text);
    }
    // Without but or fin it is still lucrative.
    assert.equal(firstSense(token(analyzer.analyze('Le trafic de drogue est une activité lucrative.'), 'lucrative')), 'lucrative');
  });

  it('à des fins (+ adjective) is "for … purposes" and fin there is a purpose, not an end', () => {
    for (const text of ['Les drones servent à des fins militaires.', 'Ces données sont utilisées à des fins commerciales.', 'Il a agi à des « fins » politiques.']) {
      const a = analyzer.analyze(text);
      assert.match(expressionOf(a, 'fins') ?? '(none)', /^à des fins/, text);
      assert.match(firstSense(token(a, 'fins')), /^purpose/, text);
    }
    assert.match(firstSense(token(analyzer.analyze('Une enquête aux fins de vérifier les comptes.'), 'fins')), /^purpose/);
    assert.equal(firstSense(token(analyzer.analyze('Le projet sera terminé à la fin de l\'année.'), 'fin')), 'end');
  });

  it('an approximative (de l\'ordre de, pas loin de) needs a quantity after it', () => {
    assert.equal(expressionOf(analyzer.analyze('Cela constituerait un renversement de l\'ordre des points prévus.'), 'ordre'), undefined);
    assert.equal(expressionOf(analyzer.analyze('Il a rappelé l\'importance de l\'ordre de passage des candidats.'), 'ordre'), undefined);
    assert.equal(expressionOf(analyzer.analyze('Il habite pas loin de Paris.'), 'pas'), undefined);
    for (const text of ['Un coût de l\'ordre de 3 millions d\'euros.', 'Une hausse de l\'ordre de la centaine de postes.', 'Des pertes de l\'ordre de plusieurs milliers de dollars.', 'Une baisse de l\'ordre de trois points.']) {
      assert.equal(expressionOf(analyzer.analyze(text), 'ordre'), 'de l\'ordre de', text);
    }
    assert.equal(expressionOf(analyzer.analyze('On compte pas loin de 2 000 morts.'), 'loin'), 'pas loin de');
  });

  it('s\'élever is "to rise" unless a quantity follows à (to amount to)', () => {
    for (const text of ['Le missile s’élève ensuite dans les nuages.', 'La fumée s\'élevait au-dessus de la ville.', 'Les prix s\'élèvent à cause de la crise.']) {
      const a = analyzer.analyze(text);
      const verb = a.tokens.find((t) => t.lemma === 'élever')!;
      assert.match(firstSense(verb), /^to rise/, text);
      assert.notEqual(expressionOf(a, verb.form), 's\'élever à', text);
    }
    for (const text of ['Le bilan s\'élève à 30 morts.', 'La facture s\'élève à plus de 2 millions d\'euros.', 'Le nombre de victimes s\'élevait à des centaines.']) {
      const a = analyzer.analyze(text);
      const verb = a.tokens.find((t) => t.lemma === 'élever')!;
      assert.match(firstSense(verb), /^to amount to/, text);
      assert.equal(expressionOf(a, verb.form), 's\'élever à', text);
    }
  });

  it('a reflexive sense that names its preposition (s\'aligner sur) needs that preposition after the verb', () => {
    assert.doesNotMatch(firstSense(token(analyzer.analyze('Les soldats s\'alignent devant le palais.'), 'alignent')), /s'aligner sur/);
    assert.match(firstSense(token(analyzer.analyze('Le gouvernement s\'aligne sur Berlin.'), 'aligne')), /s'aligner sur/);
  });

  it('after a noun, a form that is also an adjective is the adjective when the verb reading cannot be', () => {
    // A finite form in -es (tu conformes) has no noun for its subject.
    const donbass = analyzer.analyze('un dialogue pour l\'organisation d\'élections locales dans le Donbass conformes à la loi ukrainienne');
    assert.equal(`${token(donbass, 'conformes').lemma}/${token(donbass, 'conformes').upos}`, 'conforme/ADJ');
    const rules = analyzer.analyze('Les mesures adoptées sont des règles conformes au droit européen.');
    assert.equal(token(rules, 'conformes').lemma, 'conforme');
    assert.equal(token(analyzer.analyze('Tu conformes ta conduite à la règle.'), 'conformes').upos, 'VERB');
    // The participle of a verb with no passive (délibérer, évoluer) does not qualify a noun.
    for (const [text, form, lemma] of [
      ['Il s\'agit d\'une attaque délibérée contre une structure de santé.', 'délibérée', 'délibéré'],
      ['Une violation délibérée du cessez-le-feu.', 'délibérée', 'délibéré'],
      ['Ces espèces évoluées vivent en mer.', 'évoluées', 'évolué'],
    ] as const) {
      const t = token(analyzer.analyze(text), form);
      assert.equal(`${t.lemma}/${t.upos}`, `${lemma}/ADJ`, text);
    }
    assert.match(firstSense(token(analyzer.analyze('Une attaque délibérée.'), 'délibérée')), /^deliberate/);
    // With an auxiliary it stays the verb.
    assert.equal(token(analyzer.analyze('Le jury a délibéré pendant trois heures.'), 'délibéré').upos, 'VERB');
  });

  it('a capital letter and a full stop after a common noun end the sentence before a clause', () => {
    assert.deepEqual(sentenceTexts('La communauté internationale a critiqué l\'essai de la bombe H. La Corée du Sud a annoncé des mesures.'), [
      'La communauté internationale a critiqué l\'essai de la bombe H.',
      'La Corée du Sud a annoncé des mesures.',
    ]);
    assert.equal(sentenceTexts('Il a un plan B. Il ne le dit pas.').length, 2);
    assert.equal(sentenceTexts('Elle manque de vitamine C. Elle est fatiguée.').length, 2);
    assert.equal(sentenceTexts('Le groupe passe en division A. L\'entraîneur est content.').length, 2);
    // After a first name, a title or a function word it is an initial; before a name it stays one.
    for (const text of ['Le président George W. Bush a parlé.', 'Le professeur A. Martin a dit non.', 'Selon J. Le Pen, rien ne change.', 'Un essai de bombe H. Kim Jong-un a parlé.', 'Le ministre a déclaré M. Le Drian.']) {
      assert.equal(sentenceTexts(text).length, 1, text);
    }
  });
});
