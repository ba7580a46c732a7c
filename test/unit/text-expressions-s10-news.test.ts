// The news classes of session 10 (src/core/text/data/expressions/51-s10-news-classes.tsv and its
// collocations file), through the real analyzer and the shipped entries: what a second news tuning
// set, annotated before the engine ran on it (test/eval/mwe-extra/wikinews-2016-09-10), showed the
// engine missing or finding wrongly on real dispatches.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('expressions of news (session 10)', function () {
  this.timeout(60000);
  const { found, lemmas } = expressionProbe();

  it('sport titles and race verbs, states after « en », police and political terms, rescue and space', () => {
    for (const [text, lemma] of [
      ["L'absence du champion en titre promettait une course ouverte.", 'champion en titre'],
      ['Le Britannique s\'aligne au départ du championnat.', "s'aligner"],
      ['Sebastian Kienle, très en forme, espérait gagner.', 'en forme'],
      ['Une alimentation limitée à des produits en conserve.', 'en conserve'],
      ['Deux blessés sont en urgence absolue.', 'en urgence absolue'],
      ['Il était déjà connu de la justice pour des délits routiers.', 'connu de la justice'],
      ['Il était déjà connu de la justice pour des délits routiers.', 'délit routier'],
      ['Il parle de dix vols avec agression par semaine.', 'vol avec agression'],
      ['Différentes personnalités politiques étaient présentes.', 'personnalité politique'],
      ["L'Assemblée nationale populaire a approuvé la ratification.", 'Assemblée nationale populaire'],
      ['Obama devrait signer un ordre exécutif.', 'ordre exécutif'],
      ['Un enseignant a tenté de s\'immoler par le feu.', "s'immoler par le feu"],
      ['Ils ont tous été retrouvés sains et saufs.', 'sain et sauf'],
      ['Une sortie obligatoirement en combinaison spatiale.', 'combinaison spatiale'],
      ["C'est la plus longue expérience jusqu'à maintenant.", "jusqu'à maintenant"],
      ['Le maire sortant a été réélu dès le premier tour.', 'maire sortant'],
      ['Il grimpe la dernière côte en danseuse.', 'en danseuse'],
    ]) assert.ok(lemmas(text!).includes(lemma!), `${text} → ${lemma}: ${lemmas(text!).join(', ')}`);
  });

  it('« fort de » agrees with its subject and takes what backs it (« forte de ses qualités »), not a noun\'s complement (« une synthèse forte des idées »)', () => {
    assert.ok(lemmas("L'Australienne forte de ses qualités pédestres entame sa remontée.").includes('fort de'));
    assert.ok(lemmas("Fort d'une longue expérience, il a pris la tête du parti.").includes('fort de'));
    const strong = lemmas('Elle constitue une synthèse forte des idées de Weber et de Durkheim.');
    assert.ok(!strong.includes('fort de'), strong.join(', '));
  });

  it('the nested unit is the lexicalised one: « président par intérim » gives par intérim; « force est de constater » leaves que out', () => {
    assert.ok(found('Michel Temer reste président par intérim.').includes('par intérim = par intérim'));
    assert.ok(found("Force est de constater que l'amitié n'a pas cours.").includes('force est de constater = Force est de constater'));
    assert.ok(found("Force est de reconnaître qu'il a raison.").includes('force est de reconnaître = Force est de reconnaître'));
  });

  it('rows moved to the unscored collocations are still glossed for the reader', () => {
    assert.ok(lemmas("L'accord de Paris entre en vigueur.").includes('accord de Paris'));
    assert.ok(lemmas('Ils ont publié un communiqué commun.').includes('communiqué commun'));
    assert.ok(lemmas('Elle a franchi la ligne d\'arrivée en tête.').includes("ligne d'arrivée"));
  });

  it("the « à » of « jusqu'à » opens no phrase: « jusqu'à la place de la Bastille » is jusqu'à, not à la place de (instead of)", () => {
    const marched = lemmas("Ils ont manifesté jusqu'à la place de la Bastille.");
    assert.ok(!marched.includes('à la place de'), marched.join(', '));
    assert.ok(marched.includes("jusqu'à"), marched.join(', '));
    assert.ok(lemmas('Il a pris le train à la place de la voiture.').includes('à la place de'));
  });

  it('« en apparence » before an adjective that cannot be feminine is the adverbial: « un sol en apparence sec »', () => {
    assert.ok(lemmas("On peut obtenir de l'eau d'un sol en apparence sec.").includes('en apparence'));
  });
});
