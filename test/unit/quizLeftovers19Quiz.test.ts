// The quiz's leftovers of blind review 19 (test/eval/quiz-review.md, « Review 19 »: pool quiz-review-19),
// each fixed as a general rule and tested on sentences of our own in the review's frames.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { quizSourceOfText } from './quizDispatches';

async function peopleOf(text: string): Promise<string[]> {
  return findEntities(await quizSourceOfText(text)).people.map((p) => p.name);
}

describe('quiz: the leftovers of blind review 19 (fix19q)', function () {
  this.timeout(120000);

  it('offers no company of the media and culture trades as a person (16, 19, 20: « Domino Films »)', async () => {
    const companies = [
      'Cobalt Films', 'Lumen Productions', 'Orque Pictures', 'Nova Studio', 'Brightside Entertainment', 'Vinyl Records',
      'Éditions Varenne', 'Azur Médias', 'Azur Télévision', 'Marée Distribution', 'Fjord Animation',
    ];
    for (const company of companies) {
      const people = await peopleOf(
        `Cinéma : un court métrage primé\n\nLe prix du court métrage a été remis dimanche à Paul Verdier et Marc Delorme. ` +
          `Les producteurs Anne Roussel et Hugo Lemaire de ${company} ont salué le jury. ${company} prépare un nouveau film.`,
      );
      assert.ok(!people.some((p) => p.includes(company.split(' ')[0]!) || p.includes(company.split(' ')[1]!)), `${company}: ${people.join(' | ')}`);
      assert.ok(people.includes('Anne Roussel') && people.includes('Paul Verdier'), `${company}: ${people.join(' | ')}`);
    }
  });
});
