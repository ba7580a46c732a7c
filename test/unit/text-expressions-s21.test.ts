// Expression faults left from the dispatches of session 20, each tested as a general rule through the
// real analyzer and the shipped data.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('expressions: faults left from the learners’ dispatches (session 21)', function () {
  this.timeout(60000);
  const { lemmas } = expressionProbe();

  it('an adjective after plus or moins is compared, not the first word of a compound noun', () => {
    assert.ok(!lemmas('Le chômage atteint son plus haut niveau depuis 2015.').includes('haut niveau'));
    assert.ok(!lemmas("C'est la plus grande surface jamais cultivée dans la région.").includes('grande surface'));
    assert.ok(!lemmas('Il vise un moins haut niveau de dette.').includes('haut niveau'));
    // The compound itself, and an adverb of degree that is no comparison, keep it.
    assert.ok(lemmas('Un haut niveau d’exigence est demandé.').includes('haut niveau'));
    assert.ok(lemmas('Il a fait ses courses dans une grande surface.').includes('grande surface'));
  });
});
