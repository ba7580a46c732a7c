// The quiz's leftover of blind review 18 (test/eval/quiz-review.md, « Review 18 »: pool quiz-review-18),
// fixed as a general rule and tested on sentences of our own in the review's frame: an opening in the
// present with no time and no event of its own, before the sentence that dates the news, introduces the
// subject and is not keyed as the news (66: « L'affaire Benalla n'en finit plus de défrayer la chronique »).
import * as assert from 'node:assert/strict';
import { leadSentence, structureQuestions } from '../../src/core/quiz/generators/structure';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

const HEAD = 'Politique : la commission entend le préfet\n\n30 juillet 2018. –\n';
const DATED = '\n\nLa commission d\'enquête a entendu ce lundi le préfet de la région et deux directeurs de cabinet :\n\n' +
  'Les sénateurs ont posé leurs questions pendant plus de quatre heures, devant les caméras de la chaîne parlementaire.';

describe('quiz: the leftover of blind review 18 (fix19)', function () {
  this.timeout(120000);

  it('takes no present opening with no time of its own for the news when a later sentence dates it (66)', async () => {
    for (const opening of [
      'Le scandale des marchés publics de la région n\'en finit plus d\'agiter la classe politique locale.',
      'La question du financement des transports régionaux divise toujours profondément les élus de la majorité.',
    ]) {
      const source = await quizSourceOfText(`${HEAD}${opening} L'opposition réclame une enquête indépendante sur les contrats.${DATED}`);
      assert.equal(leadSentence(source)?.text, undefined, opening);
      // Where it is unclear which sentence is the news, nothing is asked about it.
      for (let seed = 1; seed <= 6; seed++) assert.deepEqual(structureQuestions(source, createRng(seed)), [], opening);
    }
  });

  it('still takes for the news an opening with an event or a time of its own, or one no later sentence dates', async () => {
    for (const opening of [
      // A compound tense tells the event.
      'La commission d\'enquête du Sénat a provoqué un tollé au sein de l\'opposition régionale.',
      // The opening's own time.
      'Le scandale des marchés publics de la région agite ce lundi toute la classe politique locale.',
      'Le préfet de la région répond aujourd\'hui aux questions de la commission d\'enquête du Sénat.',
      // What is to come.
      'Le préfet de la région doit répondre aux questions de la commission d\'enquête du Sénat.',
    ]) {
      const source = await quizSourceOfText(`${HEAD}${opening} L'opposition réclame une enquête indépendante sur les contrats.${DATED}`);
      assert.equal(leadSentence(source)?.text, opening);
    }
    // No dated sentence after it: no evidence that the news is elsewhere.
    const undated = 'Le scandale des marchés publics de la région n\'en finit plus d\'agiter la classe politique locale.';
    const source = await quizSourceOfText(
      `${HEAD}${undated} L'opposition réclame une enquête indépendante sur les contrats.\n\n` +
        'Les sénateurs posent leurs questions pendant des heures, devant les caméras de la chaîne parlementaire.',
    );
    assert.equal(leadSentence(source)?.text, undated);
    // A date in a relative clause or between brackets dates no event of the news.
    const relative = await quizSourceOfText(
      `${HEAD}${undated} Le grand débat régional, qui devait se tenir le 2 juillet, a été annulé (le 9 juillet).\n\n` +
        'Les sénateurs posent leurs questions pendant des heures, devant les caméras de la chaîne parlementaire.',
    );
    assert.equal(leadSentence(relative)?.text, undated);
  });
});
