// The engine leftover of blind review 17 (test/eval/quiz-review.md, « Review 17 »: pool quiz-review-17),
// fixed as a general rule and tested on sentences of its kind: an entry that writes a singular definite
// article is a fixed singular, which the plural article does not match by its lemma (« dans les ventes
// françaises » is no « dans le vent » = trendy).
import { expectMatches, expressionProbe } from './helpers/expressionMatches';

describe('text: the engine leftover of blind review 17', function () {
  this.timeout(120000);
  const probe = expressionProbe();

  it('does not match a singular article of an entry with the plural « les » (« dans les ventes » is no « dans le vent »)', () => {
    expectMatches(probe, [
      ['Le disque est arrivé troisième dans les ventes françaises de la semaine.', '!dans le vent'],
      ['Ces chaussures sont vraiment dans le vent cet été.', 'dans le vent = dans le vent'],
    ]);
  });
});
