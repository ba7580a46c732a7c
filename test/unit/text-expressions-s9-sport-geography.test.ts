// The set terms of 47-s9-sport-geography.tsv (issue 11: breadth of the sport, geography, urbanism,
// transport and tourism terms that encyclopedic prose and reviews use), each through the real
// analyzer and the shipped entries, in plural, feminine or conjugated form, on sentences written
// for this test.
import { strict as assert } from 'node:assert';
import { expressionFinder } from './helpers/expressionMatches';

describe('sport, geography, transport and tourism set terms, session 9 (issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });

  const cases: Array<[string, string, string]> = [
    ['sport, feminine plural', 'Les deux nageuses, médaillées olympiques à Rio, ont battu le record de France.', 'médaillé olympique = médaillées olympiques'],
    ['sport, a record', 'Les deux nageuses, médaillées olympiques à Rio, ont battu le record de France.', 'record de France = record de France'],
    ['cycling, plural head', 'Le peloton a franchi trois cols hors catégorie avant la dernière montée.', 'col hors catégorie = cols hors catégorie'],
    ['football, plural', 'Le club est lanterne rouge du championnat après deux buts égalisateurs encaissés.', 'but égalisateur = buts égalisateurs'],
    ['road, conjugated verb', 'Le coureur a fait une queue de poisson à son rival.', 'faire une queue de poisson = fait une queue de poisson'],
    ['sport, conjugated verb', 'Elle détient le record depuis vingt ans.', 'détenir le record = détient le record'],
    ['winter sport, plural', 'Deux pistes noires ont été fermées dans le domaine skiable.', 'piste noire = pistes noires'],
    ['relief, irregular plural', "Les hauts plateaux de l'Est sont couverts de neige.", 'haut plateau = hauts plateaux'],
    ['census terms, plural', 'Ce sont des communes rurales et des zones pavillonnaires.', 'commune rurale = communes rurales'],
    ['urbanism, plural', 'Ce sont des communes rurales et des zones pavillonnaires.', 'zone pavillonnaire = zones pavillonnaires'],
    ['housing, plural in -aux', 'Les bailleurs sociaux ont rénové les logements.', 'bailleur social = bailleurs sociaux'],
    ['transport, passive participle', 'Le pont a été fermé au trafic pendant trois mois.', 'fermer au trafic = fermé au trafic'],
    ['air transport, plural with elision', "Les hôtesses de l'air et les commandants de bord sont en grève.", "hôtesse de l'air = hôtesses de l' air"],
    ['rail, plural', 'Le matériel roulant de la ligne sera remplacé et les arrêts de bus déplacés.', 'arrêt de bus = arrêts de bus'],
    ['review, hyphenated compound', 'Les chambres doubles ont des lits jumeaux et un excellent rapport qualité-prix, petit-déjeuner compris.', 'rapport qualité-prix = rapport qualité-prix'],
    ['review, participle phrase', 'Les chambres doubles ont des lits jumeaux et un excellent rapport qualité-prix, petit-déjeuner compris.', 'petit-déjeuner compris = petit-déjeuner compris'],
    ['review, plural', 'Les chambres doubles ont des lits jumeaux et un excellent rapport qualité-prix, petit-déjeuner compris.', 'chambre double = chambres doubles'],
  ];
  for (const [cls, sentence, expected] of cases) {
    it(`${cls}: « ${sentence} » finds ${expected.split(' = ')[0]}`, () => {
      assert.ok(found(sentence).includes(expected), found(sentence).join('; '));
    });
  }
});
