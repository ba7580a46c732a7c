// The vocabulary leftovers of blind review 12 (test/eval/quiz-review.md, « Review 12 »: pool
// quiz-review-12), each fixed as a general rule and tested on sentences of its kind: a typed cloze
// whose hint another word of the lesson answers as fairly, a wrong choice that says the key again
// in other words, and an expression that has a second sense (« à la marge »).
import * as assert from 'node:assert/strict';
import { glossesOverlap, glossStem } from '../../src/core/quiz/distractors';
import { clozeItems, enFrItems, frEnItems, matchItems, meaning } from '../../src/core/quiz/generators/vocabulary';
import { createRng } from '../../src/core/quiz/rng';
import type { QuizSource, VocabEntry } from '../../src/core/quiz/source';
import { quizSourceOfText } from './quizDispatches';

function entry(source: QuizSource, lemma: string): VocabEntry | undefined {
  return source.vocab.find((e) => e.lemma === lemma);
}

describe('quiz: the vocabulary leftovers of blind review 12', function () {
  this.timeout(120000);

  it('makes no typed cloze whose hint another word of the lesson answers too (« (driver, c…) »: chauffeur, conducteur)', async () => {
    const both = await quizSourceOfText(
      [
        "Un autocar a quitté la route mardi soir près de Lyon et son conducteur a été légèrement blessé, selon les pompiers.",
        "Les gendarmes ont entendu plusieurs témoins. Ils précisent que le chauffeur du camion qui le suivait n'a rien vu de l'accident.",
      ].join('\n\n'),
    );
    for (const lemma of ['chauffeur', 'conducteur']) {
      const e = entry(both, lemma);
      assert.ok(e?.settled, `${lemma} in ${both.vocab.map((v) => v.lemma).join(', ')}`);
      assert.equal(meaning(e), 'driver');
    }
    const clozes = clozeItems(both);
    assert.ok(clozes.length > 0, 'the lesson still has clozes');
    for (const item of clozes) assert.ok(!['chauffeur', 'conducteur'].includes(item.lemma), item.prompt);
    // With only one of them in the lesson, the hint has one fair answer: the cloze is made.
    const one = await quizSourceOfText(
      [
        "Un autocar a quitté la route mardi soir près de Lyon et son conducteur a été légèrement blessé, selon les pompiers.",
        "Les gendarmes ont entendu plusieurs témoins. Ils précisent que le camion qui le suivait n'a rien vu de l'accident.",
      ].join('\n\n'),
    );
    assert.ok(clozeItems(one).some((i) => i.lemma === 'conducteur'), clozeItems(one).map((i) => i.lemma).join(', '));
  });

  it('reads a gloss word and its derivation as one stem (investigate / investigation, decide / decision, agree / agreement)', () => {
    assert.equal(glossStem('investigation'), glossStem('investigate'));
    assert.equal(glossStem('decision'), glossStem('decide'));
    assert.equal(glossStem('agreement'), glossStem('agree'));
    assert.ok(glossesOverlap(['to investigate'], ['to conduct an investigation']));
    assert.ok(glossesOverlap(['to conduct an investigation'], ['to investigate']));
    assert.ok(glossesOverlap(['to decide'], ['to make a decision']));
    assert.ok(glossesOverlap(['to reach an agreement'], ['to agree']));
    // Words that only look alike stay apart: an agent noun, a short stem, a « -ssion ».
    assert.ok(!glossesOverlap(['office'], ['officer']));
    assert.ok(!glossesOverlap(['nation'], ['to note']));
    assert.ok(!glossesOverlap(['to investigate'], ['to contact']));
    assert.ok(!glossesOverlap(['to discuss'], ['to decide']));
  });

  it('offers no wrong choice and pairs no match that says the key in other words (« enquêter » = to investigate, « mener une enquête »)', async () => {
    const source = await quizSourceOfText(
      [
        "Le parquet de Lille a promis mardi d'enquêter et de poursuivre les auteurs du vol de trois tableaux du musée des Beaux-Arts.",
        "Les policiers vont mener une enquête auprès des gardiens et contacter les anciens employés, a indiqué le procureur.",
        "Le directeur du musée a exhorté les visiteurs à signaler tout détail suspect. Les œuvres, peintes au XVIIe siècle, étaient assurées pour un montant élevé.",
      ].join('\n\n'),
    );
    const investigate = entry(source, 'enquêter');
    const conduct = entry(source, 'mener une enquête');
    assert.ok(investigate?.settled && conduct?.settled, source.vocab.map((v) => `${v.lemma} = ${v.senses.join('; ')}`).join(' | '));
    const glosses = [meaning(investigate), meaning(conduct)];
    let checked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of [...frEnItems(source, createRng(seed)), ...enFrItems(source, createRng(seed))]) {
        const shown = item.choices.filter((c) => glosses.includes(c) || c === investigate.lemma || c === conduct.lemma);
        if (shown.length > 0) checked++;
        assert.ok(shown.length <= 1, `${item.prompt} ${item.choices.join(' | ')}`);
      }
      for (const item of matchItems(source, createRng(seed))) {
        assert.ok(!(item.left.includes(investigate.lemma) && item.left.includes(conduct.lemma)), item.left.join(', '));
      }
    }
    assert.ok(checked > 0, 'the two entries are asked about');
  });

  it('gives « à la marge » its sense « on the margins », so it is not settled where the text does not choose; « en marge de » too', async () => {
    const source = await quizSourceOfText(
      [
        "Le dramaturge a toujours écrit pour les gens ordinaires ou à la marge, ceux que le théâtre oubliait.",
        "En marge de la société depuis sa jeunesse, il a fondé une troupe avec des ouvriers et des chômeurs.",
      ].join('\n\n'),
    );
    const margins = entry(source, 'à la marge');
    assert.ok(margins, source.vocab.map((v) => v.lemma).join(', '));
    assert.ok(margins.senses.some((s) => /on the margins/u.test(s)), margins.senses.join('; '));
    assert.equal(margins.settled, false);
    const fringes = entry(source, 'en marge de');
    assert.ok(fringes, source.vocab.map((v) => v.lemma).join(', '));
    assert.ok(fringes.senses.some((s) => /on the fringes/u.test(s)), fringes.senses.join('; '));
    assert.equal(fringes.settled, false);
  });
});
