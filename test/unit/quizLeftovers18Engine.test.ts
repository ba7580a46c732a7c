// The engine leftover of blind review 18 (test/eval/quiz-review.md, « Review 18 »: pool quiz-review-18)
// and the fallback behind it, fixed as general rules and tested on sentences of their kind: of entries
// found on the same words, the one whose written words the text spells wins (« sa petite amie » is
// petite amie, not petit ami, which it also matches by lemma); a feminine noun takes its masculine's
// key only when it is that noun's feminine (« la vente » is no « vent », « la mère » no « mer »).
import { expectMatches, expressionProbe } from './helpers/expressionMatches';

describe('text: the engine leftover of blind review 18', function () {
  this.timeout(120000);
  const probe = expressionProbe();

  it('takes the entry whose written words agree with the text (« sa petite amie » is girlfriend, not boyfriend, 120)', () => {
    expectMatches(probe, [
      ['Il a présenté sa petite amie à ses parents dimanche.', 'petite amie = petite amie'],
      ['Il a présenté sa petite amie à ses parents dimanche.', '!petit ami'],
      ['Leurs petites amies sont venues au concert.', 'petite amie = petites amies'],
      ['Leurs petites amies sont venues au concert.', '!petit ami'],
      // The masculine keeps its own entry, in either number.
      ['Son petit ami l\'attendait devant la gare.', 'petit ami = petit ami'],
      ['Leurs petits amis sont venus au concert.', 'petit ami = petits amis'],
      // A feminine with no entry of its own still matches its masculine's (the title keeps its entry).
      ['La procureure générale a requis dix ans de prison.', 'procureur général = procureure générale'],
    ]);
  });
});
