// The matching rules of issue 11's tenth round (precision by class): literal readings that the
// visible evaluation sets (the tuning half of mwe-dev.tsv and test/eval/mwe-extra) found as false
// finds, each as a rule on its whole class, through the real analyzer and the shipped entries.
import { strict as assert } from 'node:assert';
import { expressionProbe } from './helpers/expressionMatches';

describe('expression rules, round 10 (issue 11)', function () {
  this.timeout(60000);
  const { lemmas } = expressionProbe();

  it('« ce dernier » before its noun is the adjective dernier (this last …), not the pronoun "the latter"', () => {
    assert.ok(!lemmas("C'est à cette dernière catégorie qu'appartiennent les collèges.").includes('ce dernier'));
    assert.ok(!lemmas('Ces derniers jours, la pluie est tombée.').includes('ce dernier'));
    assert.ok(!lemmas('Ce dernier match a été joué à Lyon.').includes('ce dernier'));
    assert.ok(lemmas('Ce dernier en profite pour partir.').includes('ce dernier'));
    assert.ok(lemmas('Adam la détacha et cette dernière tenta de tuer le jeune Petrelli.').includes('ce dernier'));
    assert.ok(lemmas('Ces derniers, frustrés, ont envoyé plusieurs lettres.').includes('ce dernier'));
    assert.ok(lemmas('Il a rencontré le ministre et ce dernier.').includes('ce dernier'));
    assert.ok(lemmas("Cette dernière est d'ailleurs un fondement de la doctrine.").includes('ce dernier'), 'est is the verb');
  });

  it('« de beaucoup » before de is de + beaucoup de (a lot of), not the adverb "by far"', () => {
    assert.ok(!lemmas("Elle est à l'origine de nombreuses confusions et de beaucoup d'embarras.").includes('de beaucoup'));
    assert.ok(!lemmas('Il parle de beaucoup de choses.').includes('de beaucoup'));
    assert.ok(lemmas('Il est de beaucoup le plus grand.').includes('de beaucoup'));
    assert.ok(lemmas('Elle a gagné, et de beaucoup.').includes('de beaucoup'));
  });
});
