// « le triathlète _____ », « la Belge _____ »: a person noun with one form for both genders, or a
// demonym that does not change, right before the gap or the name; its article gives the gender
// (tuning s9d's leftover: « le triathlète _____ » offered women).
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { frameGender } from '../../src/core/quiz/frenchCheck';
import { trueFalseQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { appositionBeforeFeminine } from '../../src/core/quiz/personGender';
import { createRng } from '../../src/core/quiz/rng';
import { BLANK } from '../../src/core/quiz/snippets';
import { quizSourceOfText } from './quizDispatches';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

describe('quiz: the article of an epicene person noun or an invariable demonym gives the gap its gender', function () {
  this.timeout(120000);

  it('reads le/un/ce/du/au as masculine, la/une/cette as feminine, l\'/les as nothing', () => {
    const at = (before: string): boolean | undefined => appositionBeforeFeminine(before, ' a gagné.');
    assert.equal(at('Côté français, le triathlète '), false);
    assert.equal(at('Au sprint, la cycliste '), true);
    assert.equal(at('Devant elle, le Suisse '), false);
    assert.equal(at('Derrière lui, la Belge '), true);
    assert.equal(at('La victoire revient à une Russe '), true);
    assert.equal(at('Il a félicité le ministre '), false);
    assert.equal(at('La victoire du triathlète '), false);
    assert.equal(at('La médaille revient au cycliste '), false);
    assert.equal(at('Elle a battu cette athlète '), true);
    assert.equal(at('Au sprint, la jeune cycliste '), true);
    assert.equal(at("Selon l'ancienne athlète "), true);
    // No gender: « l' » and « les » say nothing, and « l'athlète » has one form.
    assert.equal(at("Au sprint, l'athlète "), undefined);
    assert.equal(at("Au sprint, l'Américain "), false);
    assert.equal(at('Au sprint, les cyclistes '), undefined);
  });

  it('gives the safety net the same cue: no « la cycliste » swapped in for a man', () => {
    const cues = (frame: string): boolean[] => [...new Set(frameGender(frame, frame.indexOf(BLANK), BLANK.length))];
    assert.deepEqual(cues(`Au sprint, la jeune cycliste ${BLANK} s'impose.`), [true]);
    assert.deepEqual(cues(`Devant lui, le Suisse ${BLANK} termine deuxième.`), [false]);
    assert.deepEqual(cues(`Au sprint, l'athlète ${BLANK} s'impose.`), []);
  });

  it('offers no woman after « le triathlète _____ » or « le Suisse _____ », no man after « la cycliste _____ » or « la Belge _____ », and swaps accordingly', async () => {
    const source = await quizSourceOfText(
      [
        "Côté français, le triathlète Bertrand Billard visait un bon résultat à Stockholm samedi.",
        "Chez les femmes, la cycliste Pauline Ferrand-Prévot a dominé l'épreuve devant l'Allemande Kristin Möller.",
        "Derrière elle, la Belge Katrien Verstuyft termine deuxième, devant l'Australienne Melissa Hauschildt.",
        "Chez les hommes, le Suisse Sven Riederer a devancé l'Espagnol Javier Gómez et l'Allemand Jan Frodeno.",
        "Le Britannique Alistair Brownlee a abandonné, selon l'athlète Jonathan Brownlee.",
        "Depuis la tribune, l'Allemand Andreas Böcherer et l'Espagnol Eneko Llanos ont suivi la course.",
        "Cette année, l'Allemande Daniela Sämmler et l'Australienne Emma Moffatt étaient absentes.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const gender = new Map(entities.people.map((p) => [p.name, p.feminine]));
    const frames: [RegExp, boolean][] = [
      [/le triathlète _____/u, false],
      [/le Suisse _____/u, false],
      [/la cycliste _____/u, true],
      [/la Belge _____/u, true],
    ];
    const asked = new Set<string>();
    for (const seed of SEEDS) {
      for (const item of whoQuestions(source, entities, createRng(seed))) {
        for (const [frame, feminine] of frames) {
          if (!frame.test(item.prompt)) continue;
          asked.add(frame.source);
          const right = item.choices[item.answer] as string;
          assert.deepEqual(item.choices.filter((c) => c !== right && gender.get(c) !== feminine), [], `${item.prompt}: ${item.choices.join(' | ')}`);
        }
      }
      for (const item of trueFalseQuestions(source, entities, createRng(seed))) {
        assert.doesNotMatch(item.prompt, /(?:le triathlète|le Suisse) (?:Pauline Ferrand-Prévot|Kristin Möller|Katrien Verstuyft|Melissa Hauschildt)/u);
        assert.doesNotMatch(item.prompt, /(?:la cycliste|la Belge) (?:Bertrand Billard|Sven Riederer|Javier Gómez|Jan Frodeno|Alistair Brownlee|Jonathan Brownlee)/u);
      }
    }
    assert.equal(asked.size, 4, `asked only on ${[...asked].join(', ')}`);
  });
});
