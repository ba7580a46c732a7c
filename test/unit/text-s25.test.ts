// Faults the blind review of session 25 found (test/eval/dispatch-review-s25/), and those session 24's
// left, each tested as a general rule through the real analyzer and the shipped data.
import { strict as assert } from 'node:assert';
import { tokenReader } from './helpers/tokenReadings';

describe('analysis: faults the blind review found (session 25)', function () {
  this.timeout(60000);
  const { expressionOf } = tokenReader();

  it('me, te, nous or vous after a noun or pronoun subject is an object, not a reflexive', () => {
    // « Personne ne savait me dire » is tell me, not se dire; « Cela me semble » no se sembler.
    assert.equal(expressionOf('Personne ne savait me dire quand je serais opéré.', 'me'), undefined);
    assert.equal(expressionOf('Le ministre va me rendre visite demain.', 'me'), undefined);
    // The infinitive's subject is the object clitic of the same person, and a subject pronoun of its person stays reflexive.
    assert.equal(expressionOf('Il est devenu autoritaire et m’a dit de me taire.', 'me')?.lemma, 'se taire');
    assert.equal(expressionOf('Je vais me rendre à Paris.', 'me')?.lemma, 'se rendre à');
    assert.equal(expressionOf('Tout le monde veut se rendre à Paris.', 'se')?.lemma, 'se rendre à');
  });
});
