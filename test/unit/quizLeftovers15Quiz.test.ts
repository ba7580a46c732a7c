// The quiz's leftovers of blind review 15 (test/eval/quiz-review.md, « Review 15 »: pool quiz-review-15),
// each fixed as a general rule and tested on sentences of its own kind: an opening that introduces its
// subject keyed as the news (53, 80; 55's explanation), a wrong choice that is the gloss of the text's other
// word for the answer's referent (165), and the validity check's two misreadings of the pool (« le hardware »,
// « n'a pas proposé l'utilisation des »).
import * as assert from 'node:assert/strict';
import { glossesOverlap } from '../../src/core/quiz/distractors';
import { elisionProblems, hUsage, negationProblems } from '../../src/core/quiz/frenchCheck';
import { leadSentence, structureQuestions } from '../../src/core/quiz/generators/structure';
import { frEnItems } from '../../src/core/quiz/generators/vocabulary';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

describe('quiz: the leftovers of blind review 15 (the news)', function () {
  this.timeout(120000);

  it('takes no opening that describes its subject before naming it for the news (« Géant de…, le studio… doit son succès »)', async () => {
    // Review 15's frame (53), in sentences of our own: the news, a new game announced, comes later.
    const source = await quizSourceOfText(
      `Jeux vidéo : Ludora annonce un nouveau jeu\n\n9 mars 2018. –\n` +
        `Pionnier du jeu de stratégie, l'éditeur suédois Ludora doit sa réputation à des titres devenus des classiques comme Cités de sable. ` +
        `L'éditeur n'avait plus rien publié depuis 2015. ` +
        `Mardi, son directeur a annoncé un nouveau jeu lors d'une conférence à Stockholm.`,
    );
    assert.equal(leadSentence(source)?.text, undefined);
    // Nor a sentence role whose explanation names the introduction as the news (55).
    for (let seed = 1; seed <= 6; seed++) assert.deepEqual(structureQuestions(source, createRng(seed)), []);
  });

  it('takes no opening that sums up what was done so far for the news (« Arrivé sur Mars le 6 août 2012, le rover… a déjà foré »)', async () => {
    // Review 15's frame (80), in sentences of our own.
    const arrived = await quizSourceOfText(
      `Espace : la sonde Hélios repart\n\n9 mars 2018. –\n` +
        `Lancée vers Jupiter le 3 mai 2011, la sonde Hélios a déjà photographié à douze reprises les lunes de la planète géante. ` +
        `Une panne de moteur avait interrompu ses observations en 2016. ` +
        `Le 26 février 2018, les ingénieurs ont réussi à relancer son appareil photo.`,
    );
    assert.equal(leadSentence(arrived)?.text, undefined);
    // « déjà » alone, the opening aside, sums up what was done before the news as well.
    const already = await quizSourceOfText(
      `Espace : la sonde Hélios repart\n\n9 mars 2018. –\n` +
        `La sonde européenne Hélios a déjà photographié à douze reprises les lunes de la planète géante Jupiter. ` +
        `Une panne de moteur avait interrompu ses observations en 2016. ` +
        `Le 26 février 2018, les ingénieurs ont réussi à relancer son appareil photo.`,
    );
    assert.equal(leadSentence(already)?.text, undefined);
  });

  it('still takes such an opening for the news when its own clause dates the news (« Élu en 2012, le maire a annoncé lundi… »)', async () => {
    for (const lead of [
      'Élu en 2012 à la tête de la ville, le maire de Lyon a annoncé lundi sa démission devant le conseil municipal.',
      'Ancien ministre de la Santé, Paul Verdier a été condamné mardi à deux ans de prison avec sursis par le tribunal de Paris.',
      'Le maire de Lyon a déjà démissionné ce matin, quelques heures après la publication du rapport sur les finances de la ville.',
      'À Vincennes, une personne atteinte d\'une maladie grave a attaqué une infirmière avant d\'être arrêtée par la police.',
      'Samedi, à Jérusalem, un homme armé d\'un couteau a attaqué deux passants et un policier près de la vieille ville.',
    ]) {
      const source = await quizSourceOfText(`Politique : une nouvelle\n\n${lead} Le conseil municipal avait adopté le budget en décembre dernier.`);
      assert.equal(leadSentence(source)?.text, lead);
    }
  });
});

describe('quiz: the leftovers of blind review 15 (wrong choices)', function () {
  this.timeout(120000);

  it('takes the names of one doer for near senses (attacker, assailant, aggressor; killer, murderer)', () => {
    assert.ok(glossesOverlap(['attacker, assailant'], ['aggressor']));
    assert.ok(glossesOverlap(['aggressor'], ['attacker', 'striker']));
    assert.ok(glossesOverlap(['killer'], ['murderer', 'assassin']));
    // Other people of the same story stay fair wrong choices.
    assert.ok(!glossesOverlap(['attacker, assailant'], ['police officer']));
    assert.ok(!glossesOverlap(['killer'], ['victim']));
  });

  it('offers no wrong choice that is the gloss of the text’s other name for the same man (« assaillant »: not « aggressor »)', async () => {
    // Review 15's frame (165), in sentences of our own.
    const source = await quizSourceOfText(
      `Faits divers : un braquage dans une bijouterie\n\nL'assaillant a été arrêté par la police vers midi devant une bijouterie du centre de Nîmes. ` +
        `Plus tôt, l'agresseur avait menacé un passager dans le tramway avant de frapper un policier municipal. ` +
        `Le conducteur du tramway a prévenu les secours, et les témoins ont décrit un homme armé d'un couteau.`,
    );
    const asked = Array.from({ length: 12 }, (_, i) => frEnItems(source, createRng(i + 1))).flat().filter((item) => item.term === 'assaillant');
    assert.ok(asked.length > 0, 'the item is still made');
    for (const item of asked) assert.ok(!item.choices.includes('aggressor'), item.choices.join(' | '));
  });
});

describe('quiz: the leftovers of blind review 15 (the validity check)', () => {
  it('takes an h the text writes both ways for either (« sur le hardware » beside « de l’hardware »)', () => {
    const text = `Le studio mise sur le hardware. Il n'a aucun souci dans le domaine de l'hardware, dit-il.`;
    const usage = hUsage(text);
    assert.deepEqual(elisionProblems('Le studio mise sur le hardware.', usage, false), []);
    assert.deepEqual(elisionProblems("dans le domaine de l'hardware", usage, false), []);
    // A text that writes the h one way only still decides it (« l'habitat » here: « le habitat » is wrong).
    const one = hUsage(`L'habitat des oiseaux recule.`);
    assert.deepEqual(elisionProblems('le habitat des oiseaux', one, false), ['a missing elision: « le habitat »']);
  });

  it('reads « des » after a noun with its article as « de » + « les » (« n’a pas proposé l’utilisation des pousse-pousse »)', () => {
    assert.deepEqual(negationProblems(`La mairesse n'a pas proposé l'utilisation des vélos pour pallier la grève.`), []);
    assert.deepEqual(negationProblems(`Le ministre n'a pas annoncé la fin des contrôles aux frontières.`), []);
    // The verb's own object still takes « de » after a negation.
    assert.equal(negationProblems(`La mairesse n'a pas proposé des vélos pour pallier la grève.`).length, 1);
  });
});
