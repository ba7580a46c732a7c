// The set terms of culture, science, economy and daily life that 48-s9-culture-science-economy.tsv
// adds (issue 11: breadth by domain for the held-out half), one sub-domain per case, inflected
// (plural, feminine agreement) through the real analyzer and the shipped entries; and a
// transparent genre of 48-s9-culture-science-economy-collocations.tsv, found but kept out of the score.
import { strict as assert } from 'node:assert';
import { expressionFinder } from './helpers/expressionMatches';

describe('set terms of culture, science, economy and daily life, by sub-domain (session 9, issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });

  const cases: Array<[string, string, string]> = [
    ['history', 'Les démocraties populaires ont disparu en 1989.', 'démocratie populaire = démocraties populaires'],
    ['religion', 'Deux évêques coadjuteurs ont été nommés par le pape.', 'évêque coadjuteur = évêques coadjuteurs'],
    ['arts', 'Les maîtres verriers de Chartres ont restauré les vitraux.', 'maître verrier = maîtres verriers'],
    ['architecture', 'Les murs porteurs de l’immeuble ont été renforcés.', 'mur porteur = murs porteurs'],
    ['music', 'Le groupe a sorti deux titres phares cet été.', 'titre phare = titres phares'],
    ['literature', 'Son essai est rempli de notes de bas de page.', 'note de bas de page = notes de bas de page'],
    ['cinema', 'Les chefs opérateurs du film ont été récompensés.', 'chef opérateur = chefs opérateurs'],
    ['science', 'Les nombres complexes sont enseignés en terminale.', 'nombre complexe = nombres complexes'],
    ['medicine', 'Les crises d’asthme sont plus fréquentes au printemps.', 'crise d\'asthme = crises d’ asthme'],
    ['astronomy', 'Les naines brunes sont difficiles à observer.', 'naine brune = naines brunes'],
    ['computing', 'Les centres de données consomment beaucoup d’électricité.', 'centre de données = centres de données'],
    ['finance', 'Les banques ont cédé leurs créances douteuses.', 'créance douteuse = créances douteuses'],
    ['labour', 'Les agences d’intérim recrutent pour l’été.', 'agence d\'intérim = agences d’ intérim'],
    ['administration', 'Les lettres recommandées sont arrivées hier.', 'lettre recommandée = lettres recommandées'],
    ['education', 'Les professeurs certifiés enseignent surtout au collège.', 'professeur certifié = professeurs certifiés'],
    ['housing', 'Les agences immobilières du quartier ont fermé.', 'agence immobilière = agences immobilières'],
    ['food', 'Elle a préparé des œufs durs pour le voyage.', 'œuf dur = œufs durs'],
    ['collocation (unscored)', 'Les romans historiques se vendent toujours bien.', 'roman historique = romans historiques'],
  ];
  for (const [domain, sentence, expected] of cases) {
    it(`${domain}: « ${sentence} » finds ${expected.split(' = ')[0]}`, () => {
      assert.ok(found(sentence).includes(expected), found(sentence).join('; '));
    });
  }
});
