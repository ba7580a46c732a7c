// The classes of expression that 37-s8-a.tsv fills (issue 11, expression recall on unseen text),
// each through the real analyzer and the shipped entries, on sentences written for this test: a
// complex preposition, a correlative, frozen adverbials, pronominal verbs whose meaning shifts,
// verbs with a fixed preposition (one with its object between), support verbs with a fixed noun,
// an idiom, set terms, encyclopedic frames and a collocation (37-s8-a-collocations.tsv), each
// inflected as running text inflects it.
import { strict as assert } from 'node:assert';
import { expressionFinder } from './helpers/expressionMatches';

describe('expression classes of the session-8 breadth file (a) (issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });

  const cases: Array<[string, string, string]> = [
    ['complex preposition', 'Deux rues ont été fermées pour les besoins du tournage.', 'pour les besoins de = pour les besoins du'],
    ['complex preposition', 'Le parti a répondu par la voix de son porte-parole.', 'par la voix de = par la voix de'],
    ['correlative', 'La réforme inquiète tant les syndicats que le patronat.', 'tant … que = tant que'],
    ['frozen adverbial', 'Elle a été mariée contre son gré à seize ans.', 'contre son gré = contre son gré'],
    ['frozen adverbial (a state)', 'Le joueur est sous contrat avec le club jusqu\'en 2026.', 'sous contrat = sous contrat'],
    ['pronominal verb, meaning shift', 'Le pays s\'enfonce dans la récession.', "s'enfoncer = s' enfonce"],
    ['pronominal verb with its preposition', 'L\'agence s\'est substituée aux services de l\'État.', "se substituer à = s' substituée aux"],
    ['verb with a fixed preposition', 'Le ministre a qualifié de mensonge ces accusations.', 'qualifier de = qualifié de'],
    ['verb and preposition with the object between', 'Ces mesures ont dressé la population contre le gouvernement.', 'dresser … contre = dressé contre'],
    ['support verb with a fixed noun', 'Les trois pays joignent leurs efforts contre la pêche illégale.', 'joindre ses efforts = joignent leurs efforts'],
    ['support verb with a fixed noun', 'Les bénévoles prodiguent des soins aux blessés.', 'prodiguer des soins = prodiguent des soins'],
    ['idiom', 'La rumeur s\'est répandue comme une traînée de poudre.', "se répandre comme une traînée de poudre = s' répandue comme une traînée de poudre"],
    ['set term of local government', 'La ville appartient à la région administrative de la Montérégie.', 'région administrative = région administrative'],
    ['set term of history', 'Les tribuns de la plèbe défendaient le peuple romain.', 'tribun de la plèbe = tribuns de la plèbe'],
    ['set term of computing', 'La machine manque de mémoire vive.', 'mémoire vive = mémoire vive'],
    ['set term of everyday life', 'Le village a restauré son moulin à vent.', 'moulin à vent = moulin à vent'],
    ['encyclopedic frame', 'La rivière tire son nom du village voisin.', 'tirer son nom de = tire son nom du'],
    ['encyclopedic frame', 'La Meuse prend sa source en Haute-Marne.', 'prendre sa source = prend sa source'],
    ['collocation (unscored, still glossed)', 'Il a succédé à son père en 1920.', 'succéder à = succédé à'],
  ];
  for (const [cls, sentence, expected] of cases) {
    it(`${cls}: « ${sentence} » finds ${expected.split(' = ')[0]}`, () => {
      assert.ok(found(sentence).includes(expected), found(sentence).join('; '));
    });
  }
});
