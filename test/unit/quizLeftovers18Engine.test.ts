// The engine leftover of blind review 18 (test/eval/quiz-review.md, « Review 18 »: pool quiz-review-18)
// and the fallback behind it, fixed as general rules and tested on sentences of their kind: of entries
// found on the same words, the one whose written words the text spells wins (« sa petite amie » is
// petite amie, not petit ami, which it also matches by lemma); a feminine noun takes its masculine's
// key only when it is that noun's feminine (« la vente » is no « vent », « la mère » no « mer »).
import * as assert from 'node:assert/strict';
import { expressionKeysOf } from '../../src/core/text/expressions';
import { GlossLookup } from '../../src/core/text/glosses';
import { Lexicon } from '../../src/core/text/lexicon';
import { analysisDataDir } from './helpers/analysisData';
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

  it('gives a feminine noun its masculine\'s key only when it is that noun\'s feminine (« vente » is no « vent »)', () => {
    expectMatches(probe, [
      ['Les ventes de panique ont fait chuter la Bourse lundi.', '!vent de panique'],
      ['Un vent de panique a soufflé sur la Bourse lundi.', 'vent de panique = vent de panique'],
      ['Le policier a pris la mère de l\'enfant dans ses bras.', '!prendre la mer'],
      ['Les pêcheurs ont pris la mer avant l\'aube.', 'prendre la mer = pris la mer'],
      // A title's feminine still matches its masculine's entry, glossed by the lexicon or not.
      ['La conseillère générale a voté contre le budget.', 'conseiller général = conseillère générale'],
      ['La doyenne du corps diplomatique a pris la parole.', 'doyen du corps diplomatique = doyenne du corps diplomatique'],
    ]);
    // The keys themselves, read with the lexicon's readings and glosses as the analyzer reads them: no noun
    // that only looks like a feminine takes another word's lemma (or a word that is none, « pent »).
    const dir = analysisDataDir();
    const lexicon = new Lexicon(dir);
    const glosses = GlossLookup.fromDir(dir, lexicon);
    const keysOf = (form: string): string[] => {
      const gloss = glosses.gloss(form, 'NOUN')?.gloss;
      return expressionKeysOf({ form, lemma: form, upos: 'NOUN', kind: 'word', glossSource: 'core', gloss }, lexicon.lookup(form), (l) => glosses.coreGloss(l, 'NOUN')?.gloss);
    };
    for (const [form, notKey] of [['vente', 'vent'], ['pente', 'pent'], ['mère', 'mer'], ['colonne', 'colon']] as const) {
      assert.ok(!keysOf(form).includes(notKey), `${form}: ${keysOf(form).join(' ')}`);
    }
    for (const [form, key] of [['présidente', 'président'], ['avocate', 'avocat'], ['directrice', 'directeur'], ['lycéenne', 'lycéen'], ['procureure', 'procureur']] as const) {
      assert.ok(keysOf(form).includes(key), `${form}: ${keysOf(form).join(' ')}`);
    }
  });
});
