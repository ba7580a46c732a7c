// The entries of 56-s11-support-verbs.tsv (issue 11: support-verb constructions and verbs whose
// preposition is fixed), each through the real analyzer and the shipped entries, conjugated and
// often with words between its members (negation, adverbs, a clitic, an indirect object), on
// sentences written for this test.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('support verbs and fixed prepositions, session 11 (issue 11)', function () {
  this.timeout(60000);
  const { lemmas } = expressionProbe();

  const cases: Array<[string, string]> = [
    ['Le ministre a fait peu de cas de ces critiques.', 'faire peu de cas de'],
    ["Il n'a jamais fait étalage de sa fortune.", 'faire étalage de'],
    ['Trois députés ont fait défection la veille du vote.', 'faire défection'],
    ['La province menace de faire sécession.', 'faire sécession'],
    ["Ceux qui ont acheté un billet en ont eu pour leur argent.", 'en avoir pour son argent'],
    ['Le président laisse aux juges le soin de trancher.', 'laisser … le soin de'],
    ['Elle leur a laissé le soin de conclure.', 'laisser le soin de'],
    ["La croissance a marqué un temps d'arrêt au printemps.", "marquer un temps d'arrêt"],
    ['Ces négociations ne mèneront à rien.', 'ne mener à rien'],
    ['Ce statut ouvre droit à une pension.', 'ouvrir droit à'],
    ["Il est passé maître dans l'art de l'esquive.", 'passer maître dans'],
    ['Les supporters ont porté leur capitaine en triomphe.', 'porter en triomphe'],
    ["L'opposition l'a pris en défaut sur les chiffres.", 'prendre en défaut'],
    ['On me prête des intentions que je n\'ai pas.', 'prêter des intentions'],
    ['Cette victoire le remet en selle.', 'remettre en selle'],
    ['Le sujet est revenu sur le tapis lors du sommet.', 'revenir sur le tapis'],
    ["Le parti a repris à son compte l'idée d'un référendum.", 'reprendre à son compte'],
    ['Les marchés sont restés de glace.', 'rester de glace'],
    ['Ces chiffres se passent de commentaire.', 'se passer de commentaire'],
    ["Les enquêteurs n'ont pas encore trouvé la parade.", 'trouver la parade'],
    ['Les journalistes ont trouvé porte close.', 'trouver porte close'],
    ['Le parti flirte désormais avec les 20 %.', 'flirter avec'],
    ['Ces déclarations ne cadrent pas avec les faits.', 'cadrer avec'],
    ['Les électeurs se défient de leurs élus.', 'se défier de'],
    ['Le directeur a longtemps abusé de sa position.', 'abuser de'],
    ['Avec ce budget, le pays va droit dans le mur.', 'aller dans le mur'],
    ["Washington a de nouveau brandi la menace de sanctions.", 'brandir la menace de'],
    ['La population civile a payé un très lourd tribut à la guerre.', 'payer un … tribut'],
    ['Le club cherche à redorer son blason.', 'redorer son blason'],
    ["L'entraîneur n'a pas encore trouvé ses marques.", 'trouver ses marques'],
    ['Les alliés ont aussitôt volé au secours du régime.', 'voler au secours de'],
  ];
  for (const [sentence, lemma] of cases) {
    it(`« ${sentence} » finds ${lemma}`, () => {
      assert.ok(lemmas(sentence).includes(lemma), lemmas(sentence).join('; '));
    });
  }
});
