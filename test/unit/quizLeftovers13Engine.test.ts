// The engine leftovers of blind review 13 (test/eval/quiz-review.md, « Review 13 »: pool
// quiz-review-13), each fixed as a general rule and tested on sentences of its kind: the borrowed
// preposition « post » (after) before a name or a bare noun, an adjective that stands before its noun
// and is also a noun (« un sérieux prétendant »), an expression with a second sense (« au bénéfice
// de »: thanks to), and « grande vitesse » taught as speed, not only rail.
import * as assert from 'node:assert/strict';
import { meaning } from '../../src/core/quiz/generators/vocabulary';
import type { QuizSource, VocabEntry } from '../../src/core/quiz/source';
import { tokenReader } from './helpers/tokenReadings';
import { quizSourceOfText } from './quizDispatches';

function entry(source: QuizSource, lemma: string): VocabEntry | undefined {
  return source.vocab.find((e) => e.lemma === lemma);
}

describe('text and quiz: the engine leftovers of blind review 13', function () {
  this.timeout(120000);
  const reader = tokenReader();

  it('reads « post » between a noun and a name or a bare noun as the preposition « after » (« sa pause post Jeux olympiques »)', () => {
    for (const [text, form] of [
      ['La nageuse a annoncé une longue pause post Jeux olympiques avant de reprendre la compétition.', 'post'],
      ["Le gouvernement prépare l'économie post Brexit avec les syndicats.", 'post'],
      ['Les médecins redoutent une vague de dépressions post confinement cet hiver.', 'post'],
    ] as const) {
      assert.equal(reader.reading(text, form), 'post/ADP', text);
      assert.match(reader.token(text, form).gloss ?? '', /after/u, text);
    }
    // The social-media post keeps its noun reading: after a determiner, or before a verb or a « de ».
    for (const text of [
      'Son dernier post a été partagé des milliers de fois.',
      'Le post Instagram de la chanteuse a choqué ses fans.',
      "Un post de l'acteur a relancé la polémique.",
    ]) {
      assert.equal(reader.reading(text, 'post'), 'post/NOUN', text);
    }
  });

  it('reads an adjective that stands before its noun as the adjective between a determiner and a noun (« un sérieux prétendant »)', () => {
    for (const [text, adj, noun] of [
      ['Le Lyonnais est désormais un sérieux prétendant au titre de champion.', 'sérieux', 'prétendant'],
      ['Le maire reste un sérieux candidat à sa propre succession.', 'sérieux', 'candidat'],
      ["Le ministre a évoqué un grave problème de sécurité dans les prisons.", 'grave', 'problème'],
    ] as const) {
      assert.equal(reader.reading(text, adj), `${adj}/ADJ`, text);
      assert.equal(reader.token(text, noun).upos, 'NOUN', text);
    }
    // The noun keeps its reading where no noun follows it.
    assert.equal(reader.reading('Le sérieux de son travail a convaincu le jury.', 'sérieux'), 'sérieux/NOUN');
  });

  it('gives « au bénéfice de » its sense « thanks to », so it is not settled where the text does not choose', async () => {
    const source = await quizSourceOfText(
      [
        "La Française prend la tête du classement général, au bénéfice d'un plus grand nombre de victoires d'étape.",
        'Les deux coureuses restent à égalité de points avant la dernière course de la saison, dimanche à Lillehammer.',
      ].join('\n\n'),
    );
    const benefit = entry(source, 'au bénéfice de');
    assert.ok(benefit, source.vocab.map((v) => v.lemma).join(', '));
    assert.ok(benefit.senses.some((s) => /thanks to/u.test(s)), benefit.senses.join('; '));
    assert.ok(benefit.senses.some((s) => /for the benefit of/u.test(s)), benefit.senses.join('; '));
    assert.equal(benefit.settled, false);
  });

  it('teaches « grande vitesse » as high speed, with rail as one use of it (« lancé à grande vitesse »)', async () => {
    const source = await quizSourceOfText(
      [
        "Le camion, lancé à grande vitesse sur l'autoroute, a percuté plusieurs voitures arrêtées au péage.",
        "Le chauffeur a été interpellé par les gendarmes, qui ont ouvert une enquête pour homicide involontaire.",
      ].join('\n\n'),
    );
    const speed = entry(source, 'grande vitesse');
    assert.ok(speed, source.vocab.map((v) => v.lemma).join(', '));
    assert.equal(speed.senses[0], 'high speed', speed.senses.join('; '));
    assert.ok(!/^high speed \(rail\)$/u.test(meaning(speed)), meaning(speed));
  });
});
