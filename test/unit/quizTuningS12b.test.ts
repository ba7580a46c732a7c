// The faults of tuning round s12b (test/eval/quiz-review-tuning-s12b.tsv, five 2016/11 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { negate } from '../../src/core/quiz/generators/comprehension';
import { numbersIn, otherNumberIn } from '../../src/core/quiz/paraphrase';
import { leadSentence } from '../../src/core/quiz/generators/structure';
import { quizSourceOfText } from './quizDispatches';
import { wordOfName } from '../../src/core/import/nameWord';
import { expressionProbe } from './helpers/expressionMatches';
import { tokenReader } from './helpers/tokenReadings';

describe('quiz: the faults of tuning round s12b', function () {
  this.timeout(120000);

  it('negates no « peut », « est », « a » that follows another finite verb (item 22: the source\'s « pourrait peut être permettre » became « pourrait ne peut pas être permettre »)', () => {
    assert.equal(negate("L'étude de cette maladie chez l'écureuil pourrait peut être permettre de mieux comprendre la lèpre."), undefined);
    assert.equal(negate('Le projet devrait peut être aboutir cette année.'), undefined);
    assert.equal(negate('Les deux pays avaient sont arrivés à un accord.'), undefined);
    // A noun in -ait before the auxiliary is the subject: the analysis says it is no verb.
    const retrait = 'Le retrait a été annoncé hier par le ministère.';
    assert.equal(negate(retrait, (offset) => offset !== retrait.indexOf('retrait')), "Le retrait n'a pas été annoncé hier par le ministère.");
    assert.equal(negate('Le ministre a signé le traité à Paris.'), "Le ministre n'a pas signé le traité à Paris.");
  });

  it('changes one end of a range only to a figure that keeps the range in order (item 108: « chez les 30 à 24 ans »)', () => {
    const ends = (s: string): [number, number][] => numbersIn(s).map((n) => [n.value, otherNumberIn(s, n)]);
    // 15 doubled is 30, above the upper end 24: halved instead.
    assert.deepEqual(ends('Le taux passe de 23,9 % à 25,1 % chez les 15 à 24 ans.'), [[15, 8], [24, 48]]);
    // 64 halved is 32, under the lower end 50: doubled instead.
    assert.deepEqual(ends('Parmi les 50 à 64 ans, ce taux augmente.'), [[50, 25], [64, 128]]);
    assert.deepEqual(ends('Il coûtera entre 60 et 80 millions.'), [[60, 30], [80, 160]]);
    // No range: the change is the usual one.
    assert.deepEqual(ends('Le séisme a fait 15 morts et 24 blessés.'), [[15, 30], [24, 12]]);
  });

  it('takes no lead from an opening on unnamed many with no time, when the next sentence dates the news (item 10: « De nombreux scientifiques et médecins ont consacré leur vie à l\'étude de la lèpre… »)', async () => {
    const lead = async (body: string): Promise<string | undefined> => leadSentence(await quizSourceOfText(`Un titre pour la dépêche\n\n14 novembre 2016. –\n${body}`))?.text;
    assert.equal(await lead("De nombreux scientifiques et médecins ont consacré leur vie à l'étude de la lèpre, une maladie qui a fortement régressé. Une analyse génétique dont les résultats ont été publiés jeudi révèle que les souches sont les mêmes chez l'écureuil roux."), undefined);
    assert.equal(await lead('La plupart des pays européens ont adopté des règles strictes sur les pesticides agricoles. La Commission européenne a proposé mardi une nouvelle interdiction du glyphosate.'), undefined);
    // The same opening with the news's time, or a particular event with no time, is the lead.
    assert.match(await lead("De nombreux manifestants ont été arrêtés hier à Paris lors d'une marche interdite par la préfecture. La police a fait usage de gaz lacrymogène samedi.") ?? '', /^De nombreux manifestants/u);
    assert.match(await lead("Un train a déraillé près de Kanpur, tuant plus de 91 personnes dans le nord de l'Inde. Les secours sont arrivés dimanche sur les lieux de l'accident.") ?? '', /^Un train a déraillé/u);
  });

  it('reads a capitalised word after a noun of a publication or a work as its title (rerun: « la revue scientifique américaine Science » clozed, hint « science »)', () => {
    const isName = (text: string, word: string): boolean => wordOfName(text, text.indexOf(word), text.indexOf(word) + word.length, 0);
    assert.equal(isName('Les résultats ont été publiés jeudi dans la revue scientifique américaine Science et repris partout.', 'Science'), true);
    assert.equal(isName("L'entretien a paru dans le quotidien Libération mardi.", 'Libération'), true);
    assert.equal(isName('Il a réalisé en 1997 le film Titanic avec un budget record.', 'Titanic'), true);
    // A verb between the noun and the capitalised word: no title.
    assert.equal(isName('Cette année encore, le film a conquis Cannes et le public.', 'Cannes'), false);
    assert.equal(isName('Les chercheurs ont publié une étude sur la Science des matériaux.', 'Science'), false);
  });

  describe('« sauf » is the preposition (except) wherever it does not follow « et » or être (item 18: « sauf pour les tatous », hint « safe »)', () => {
    const { reading } = tokenReader();
    const rows: [string, string][] = [
      ["Jusqu'alors, sauf pour les tatous dans les Amériques, on considérait que ce bacille était humain.", 'sauf/ADP'],
      ['Tous les magasins ouvrent, sauf en août.', 'sauf/ADP'],
      ['Le musée est ouvert tous les jours sauf le mardi.', 'sauf/ADP'],
      ['Le pilote a été récupéré sain et sauf.', 'sauf/ADJ'],
      ["Le pilote a été retrouvé sain et sauf dans la forêt.", 'sauf/ADJ'],
      ["L'honneur est sauf.", 'sauf/ADJ'],
    ];
    for (const [text, want] of rows) it(`« ${text} »: sauf is ${want}`, () => assert.equal(reading(text, 'sauf'), want));
  });
});

describe('quiz: the faults of tuning round s12b (vocabulary senses)', function () {
  this.timeout(120000);
  const { analyze } = expressionProbe();
  const remonterA = (text: string): boolean => analyze(text).expressions.some((e) => e.lemma === 'remonter à');

  it('reads « remonter à » as the verb and a time or level when a measure rises again (item 87: « le chômage remonte au troisième trimestre » taught « to date back to »)', () => {
    assert.equal(remonterA("France : le chômage remonte au troisième trimestre, selon l'Insee"), false);
    assert.equal(remonterA('Le taux de chômage remonte à 10,2 % en France.'), false);
    assert.equal(remonterA('Le nombre de demandeurs d\'emploi remonte au mois de mars.'), false);
    assert.equal(remonterA('Les prix du pétrole remontent à leur niveau de 2014.'), false);
    // What dates back keeps the expression, a rise or a figure among them.
    assert.equal(remonterA('Cette tradition remonte au XIIe siècle.'), true);
    assert.equal(remonterA("L'affaire remonte au mois de mars 2015."), true);
    assert.equal(remonterA('La dernière hausse des prix remonte à 2012.'), true);
    assert.equal(remonterA('Il faut remonter à 2001 pour retrouver un mois de septembre aussi faible.'), true);
  });
});
