// The engine leftover of blind review 19 (test/eval/quiz-review.md, « Review 19 »: pool quiz-review-19),
// fixed as a general rule and tested on sentences of its kind: a word the tagger reads as a noun after a
// cardinal is not the verb its spelling can also be (« deux statues sur le parvis » is no « statuer
// sur »), as after a determiner.
import { expectMatches, expressionProbe } from './helpers/expressionMatches';

describe('text: the engine leftover of blind review 19', function () {
  this.timeout(120000);
  const probe = expressionProbe();

  it('reads a noun after a number as the noun, not as a verb entry (« deux statues sur », 117)', () => {
    expectMatches(probe, [
      ['Des manifestants ont cassé deux statues sur le parvis de la cathédrale.', '!statuer sur'],
      ['La police a retrouvé 3 statues sur le chantier.', '!statuer sur'],
      ['Il a acheté trois montres sur le marché.', '!monter sur'],
      // The verb keeps its entry, and a noun after a determiner was already no verb.
      ['Les juges statuent sur le dossier mardi.', 'statuer sur = statuent sur'],
      ['Le tribunal devra statuer sur la demande.', 'statuer sur = statuer sur'],
      ['Les statues sur la place ont été restaurées.', '!statuer sur'],
    ]);
  });
});
