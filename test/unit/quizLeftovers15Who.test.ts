// Issue 12's who-question class (blind review 14, items 101, 114, 117, 119, 159, 160: a film, a studio,
// an award, a party offered as people): whether a proper name is a person's is weighed from the grammar
// around it (src/core/quiz/personEvidence.ts), both ways. Sentences of our own, in the frames of the review.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';

async function peopleOf(text: string): Promise<string[]> {
  return findEntities(await quizSourceOfText(text)).people.map((p) => p.name);
}

describe('quiz: who-questions offer only people (issue 12, review 14)', function () {
  this.timeout(120000);

  describe('negative evidence: a work, a body, a place', () => {
    it('a name holding a word of a studio or an award is none (« Nova Animation Studios », « Golden Star Award »)', async () => {
      const people = await peopleOf(
        `Cinéma : mort d'un animateur\n\nL'animateur Paul Verdier est mort lundi. Nova Animation Studios a salué sa mémoire. ` +
          `En 2004, Paul Verdier avait gagné avec Marc Delorme Golden Star Award, puis Bright Star Award.`,
      );
      assert.ok(!people.some((p) => /Studios|Award/u.test(p)), people.join(' | '));
      assert.ok(people.includes('Paul Verdier'), people.join(' | '));
    });

    it('a name a work noun governs is none (« le journal suédois Nordisk Kvall »)', async () => {
      const people = await peopleOf(
        `Suède : un rapport publié\n\nLe journal suédois Nordisk Kvall a publié mardi un rapport sur la pêche. Le ministre Erik Lund a répondu au rapport.`,
      );
      assert.ok(!people.includes('Nordisk Kvall'), people.join(' | '));
    });

    it('a name in apposition to a work noun with its complement is none (« le premier long métrage du studio, Blue Harbor »)', async () => {
      const people = await peopleOf(
        `Cinéma : un animateur honoré\n\nL'animateur Paul Verdier a conçu le héros du premier long métrage du studio, Blue Harbor, sorti en 1998. ` +
          `Le réalisateur Marc Delorme l'a remercié.`,
      );
      assert.ok(!people.includes('Blue Harbor'), people.join(' | '));
    });

    it('a name a body noun follows in apposition is none (« Nuova Strada, le parti de Marco Bellini »)', async () => {
      const people = await peopleOf(
        `Italie : la coalition\n\nLa coalition est composée de Nuova Strada, le parti de Marco Bellini, et de deux listes régionales. ` +
          `Le président Luca Ferri a reçu Marco Bellini lundi.`,
      );
      assert.ok(!people.includes('Nuova Strada'), people.join(' | '));
      assert.ok(people.includes('Marco Bellini'), people.join(' | '));
    });

    it('a name after « dans », after « un », or numbered as a sequel is none (« dans Blue Harbor 2 », « un Silver Crane »)', async () => {
      const people = await peopleOf(
        `Cinéma : un animateur honoré\n\nL'animateur Paul Verdier a prêté sa voix à un pêcheur dans Blue Harbor. ` +
          `Il a été sélectionné pour un Silver Crane en 2004. Marc Delorme, réalisateur de Green Valley 2 et de deux courts métrages, lui a rendu hommage.`,
      );
      assert.ok(!people.some((p) => /Blue Harbor|Silver Crane|Green Valley/u.test(p)), people.join(' | '));
      assert.ok(people.includes('Marc Delorme'), people.join(' | '));
      // What a person has as well as a body is no sign: « au nom de », « les électeurs de », « sous la direction de ».
      const others = await peopleOf(
        `Politique : un meeting\n\nLe maire a parlé au nom de Luca Ferri. Les électeurs de Tomas Vik sont venus sous la direction de Karl Svensson.`,
      );
      for (const name of ['Luca Ferri', 'Tomas Vik', 'Karl Svensson']) assert.ok(others.includes(name), others.join(' | '));
    });
  });

  describe('positive evidence: a person where the frame alone said a place or a work', () => {
    it('athletes in a race list stay people (« à Mario Lopez, Hugo Marin (ESP) et Karl Svensson (SWE) »)', async () => {
      const people = await peopleOf(
        `Triathlon : la course de Cannes\n\nLes médailles de la course sont revenues dimanche à Mario Lopez, Hugo Marin (ESP) et Karl Svensson (SWE).`,
      );
      assert.ok(people.includes('Mario Lopez'), people.join(' | '));
    });

    it('a name listed with a person a demonym shows (« à Mario Lopez et à l\'Espagnol Hugo Marin »)', async () => {
      const people = await peopleOf(`Triathlon : la course de Cannes\n\nLes médailles de la course sont revenues dimanche à Mario Lopez et à l'Espagnol Hugo Marin.`);
      assert.ok(people.includes('Mario Lopez'), people.join(' | '));
    });

    it('a role set after the name (« à Anna Berg, l\'entraîneuse du club »)', async () => {
      const people = await peopleOf(`Football : un trophée\n\nLe trophée a été remis samedi à Anna Berg, l'entraîneuse du club.`);
      assert.ok(people.includes('Anna Berg'), people.join(' | '));
    });

    it('a verb of speech inverted after a quotation (« », a déclaré Anna Berg »)', async () => {
      const people = await peopleOf(
        `Football : un trophée\n\nLe trophée est revenu samedi à Anna Berg. « Je suis très heureuse », a déclaré Anna Berg.`,
      );
      assert.ok(people.includes('Anna Berg'), people.join(' | '));
    });

    it('a kinship noun with a comma (« avec sa femme, Anna Berg »)', async () => {
      const people = await peopleOf(`Livres : un nouveau roman\n\nL'écrivain a publié un roman avec sa femme, Anna Berg.`);
      assert.ok(people.includes('Anna Berg'), people.join(' | '));
    });

    it('a role noun with its complement and a comma (« avec le réalisateur du film, Tomas Vik »)', async () => {
      const people = await peopleOf(`Cinéma : un scénario\n\nElle a écrit un livre avec le réalisateur du film, Tomas Vik.`);
      assert.ok(people.includes('Tomas Vik'), people.join(' | '));
    });

    it('a given name the lists know (« remis à Pierre Lambert »)', async () => {
      const people = await peopleOf(`Sciences : une médaille\n\nLa médaille d'or a été remise jeudi à Pierre Lambert.`);
      assert.ok(people.includes('Pierre Lambert'), people.join(' | '));
    });
  });

  it('review 14\'s frames offer no non-person (« la musique de _____ », « dirigé par _____ »)', async () => {
    // The frames of items 101 and 159, in sentences of our own, with a studio, a film and a party in the text.
    const source = await quizSourceOfText(
      `Cinéma et politique : un hommage\n\nL'animateur Paul Verdier, concepteur de Blue Harbor, est mort à 83 ans. ` +
        `Il avait animé des chansons avec la musique de Tom Becker et les paroles de Karl Svensson. ` +
        `Le héros du premier long métrage de Nova Animation Studios, Blue Harbor, était son œuvre. ` +
        `Le parti de gauche, dirigé par Marco Bellini, a salué sa mémoire, comme Nuova Strada, le parti de Luca Ferri. ` +
        `Le critique Jean Morel a salué son travail dans un long article.`,
    );
    const entities = findEntities(source);
    const offered = Array.from({ length: 8 }, (_, i) => whoQuestions(source, entities, createRng(i + 1))).flat().flatMap((d) => d.choices);
    assert.ok(offered.length > 0, entities.people.map((p) => p.name).join(" | "));
    for (const name of offered) assert.ok(!/Blue Harbor|Nova|Studios|Nuova Strada/u.test(name), offered.join(' | '));
  });
});
