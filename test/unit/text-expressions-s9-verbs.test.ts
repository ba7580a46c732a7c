// The verbs of 44-s9-verbs-fixed-prepositions.tsv (issue 11: pronominal verbs and verbs whose
// preposition or clitic is fixed and changes the meaning), each through the real analyzer and the
// shipped entries, in conjugated form, on sentences written for this test; and the precision audit of
// session 9: an entry that was another entry plus a free complement is gone, so the entry the
// scheme marks is found.
import { strict as assert } from 'node:assert';
import { expressionFinder } from './helpers/expressionMatches';

describe('verbs with a fixed preposition or pronominal form, session 9 (issue 11)', function () {
  this.timeout(60000);
  let found: (text: string) => string[];
  before(() => {
    found = expressionFinder();
  });

  const cases: Array<[string, string, string]> = [
    ['pronominal only, adverb between', "Le pays s'est lourdement endetté auprès de la Chine.", "s'endetter = s' endetté"],
    ['pronominal whose sense shifts', "L'économie s'est grippée au printemps.", "se gripper = s' grippée"],
    ['pronominal + preposition, en for de', "Il s'en est vite lassé.", "se lasser de = s' lassé"],
    ['preposition that changes the sense', 'Les soldats ont tiré sur la foule.', 'tirer sur = tiré sur'],
    ['preposition fused with the article', 'Elle a postulé au poste de directrice.', 'postuler à = postulé au'],
    ['preposition, finite verb', 'La présidence échoit à la France en janvier.', 'échoir à = échoit à'],
    ['preposition, plural verb', 'Les rayons regorgent de produits importés.', 'regorger de = regorgent de'],
    ['preposition + infinitive', "Ils ont rechigné à signer l'accord.", 'rechigner à = rechigné à'],
    ['impersonal and negated frame', "Il n'est pas exclu que le sommet soit reporté.", "il n'est pas exclu que = Il n' est pas exclu que"],
    ['negation the idiom fixes', "Le ministre ne s'est pas démonté face aux critiques.", "ne pas se démonter = ne s' pas démonté"],
    ['être + participle + preposition', 'Le gouvernement est confronté à une grave crise.', 'être confronté à = est confronté à'],
    ['être + participle + preposition', 'Le candidat est crédité de 20 % des intentions de vote.', 'être crédité de = est crédité de'],
    ['preposition before a quantity', 'Le bilan a été porté à 20 morts.', 'porter à = porté à'],
  ];
  for (const [cls, sentence, expected] of cases) {
    it(`${cls}: « ${sentence} » finds ${expected.split(' = ')[0]}`, () => {
      assert.ok(found(sentence).includes(expected), found(sentence).join('; '));
    });
  }

  it('porter à needs a quantity: « porté à la présidence » is no porter à (qty)', () => {
    assert.ok(!found('Il a été porté à la présidence du parti.').some((m) => m.startsWith('porter à =')), found('Il a été porté à la présidence du parti.').join('; '));
  });

  it('the entry the scheme marks is found, not the entry plus its free complement (audit of session 9)', () => {
    assert.ok(found('Il est allé au-delà de ses promesses.').includes('au-delà de = au-delà de'));
    assert.ok(found("Le suspect s'est rendu à la police.").includes("se rendre à = s' rendu à"));
    assert.ok(found('Il prend ses distances avec la droite.').includes('prendre ses distances = prend ses distances'));
  });
});
