// The classes of expression that 33-s7-breadth.tsv fills (issue 11, "Expressions that just work"),
// each through the real analyzer and the shipped entries, on sentences written for this test: a
// complex preposition, a conjunction, frozen adverbials, pronominal verbs whose meaning shifts,
// impersonal frames and fixed clitics, support verbs with a fixed noun, idioms and set terms, each
// inflected as running text inflects it.
import { strict as assert } from 'node:assert';
import { expressionFinder } from './helpers/expressionMatches';

describe('expression classes of the session-7 breadth file (issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });

  const cases: Array<[string, string, string]> = [
    ['complex preposition', 'La ministre en charge du Logement a répondu.', 'en charge de = en charge du'],
    ['conjunction', 'Sachant que la loi va changer, les députés attendent.', 'sachant que = Sachant que'],
    ['frozen adverbial (a state)', 'Le projet de réforme est encore en gestation.', 'en gestation = en gestation'],
    ['frozen adverbial (law)', 'Le témoin a déclaré sous serment avoir vu le suspect.', 'sous serment = sous serment'],
    ['pronominal verb, meaning shift', 'Le modèle se décline en trois versions.', 'se décliner en = se décline en'],
    ['pronominal verb after an auxiliary', 'La foule s\'est engouffrée dans la gare.', "s'engouffrer = s' engouffrée"],
    ['impersonal frame', "Il arrive que la tumeur reste silencieuse.", "il arrive que = Il arrive que"],
    ['fixed clitic', 'Chaque camp a fini par y trouver son compte.', 'y trouver son compte = y trouver son compte'],
    ['support verb with a fixed noun', 'Le ministre a présenté ses excuses aux familles.', 'présenter ses excuses = présenté ses excuses'],
    ['idiom', 'Le gouvernement a revu à la baisse ses prévisions de croissance.', 'revoir à la baisse = revu à la baisse'],
    ['idiom with a possessive', 'Le joueur a perdu ses nerfs en fin de match.', 'perdre ses nerfs = perdu ses nerfs'],
    ['set term of institutions', 'Les communautés autonomes ont voté le texte.', 'communauté autonome = communautés autonomes'],
    ['set term of economy', "L'augmentation de capital sera souscrite par la banque.", 'augmentation de capital = augmentation de capital'],
    ['set term of culture', 'Il a écrit trois comédies musicales.', 'comédie musicale = comédies musicales'],
  ];
  for (const [cls, sentence, expected] of cases) {
    it(`${cls}: « ${sentence} » finds ${expected.split(' = ')[0]}`, () => {
      assert.ok(found(sentence).includes(expected), found(sentence).join('; '));
    });
  }
});
