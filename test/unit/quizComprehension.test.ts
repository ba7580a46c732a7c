// Generated comprehension on real lesson files: the people, places and days of a dispatch,
// who said what, and questions whose one right answer is the text's.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import {
  negate, speakerQuestions, trueFalseQuestions, whenQuestions, whereQuestions, whoQuestions,
} from '../../src/core/quiz/generators/comprehension';
import { findReportedSpeech } from '../../src/core/quiz/reporting';
import { createRng } from '../../src/core/quiz/rng';
import { buildQuizSource, type QuizSource } from '../../src/core/quiz/source';
import { FIXTURE_COURT, FIXTURE_SOMMET, loadQuizInputs, SEED_FULL_TEXT } from './quizInputs';

function sourceOf(file: string): QuizSource {
  const { lesson, doc, analysis } = loadQuizInputs(file);
  return buildQuizSource(lesson, doc, analysis);
}

describe('quiz comprehension', () => {
  const seed = sourceOf(SEED_FULL_TEXT);
  const sommet = sourceOf(FIXTURE_SOMMET);
  const seedEntities = findEntities(seed);
  const sommetEntities = findEntities(sommet);

  it('finds the people of the seed dispatch, their second-mention forms and titles', () => {
    const people = Object.fromEntries(seedEntities.people.map((p) => [p.name, [p.short, p.title?.text]]));
    assert.deepEqual(people, {
      'Wang Yi': ['M. Wang', "Conseiller d'État et ministre des Affaires étrangères de la Chine"],
      'Sergueï Lavrov': ['M. Lavrov', 'ministre russe des Affaires étrangères'],
      'Xi Jinping': ['M. Xi', 'président chinois'],
      'Vladimir Poutine': ['M. Poutine', 'président russe'],
    });
    const wang = seedEntities.people.find((p) => p.name === 'Wang Yi');
    assert.deepEqual(wang?.mentions.map((m) => m.text), ['Wang Yi', 'M. Wang', 'M. Wang']);
  });

  it('knows a person from the notes (von der Leyen), and a woman from her title (Mme)', () => {
    const ursula = sommetEntities.people.find((p) => p.name === 'Ursula von der Leyen');
    assert.equal(ursula?.short, 'Mme von der Leyen');
    assert.equal(ursula?.title?.text, 'présidente de la Commission européenne');
    const zakharova = findEntities(sourceOf(FIXTURE_COURT)).people[0];
    assert.equal(zakharova?.short, 'Mme Zakharova');
  });

  it('finds places by the longest name, and days and dates', () => {
    assert.deepEqual(seedEntities.places.map((p) => p.name).sort(), ['Asie pacifique', 'Beijing', 'Chine', 'Russie']);
    assert.deepEqual(sommetEntities.times.map((t) => t.text), ['mardi', '21 mars', 'jeudi']);
  });

  it('reads who said what: quotation then « a déclaré M. Wang », and « M. Lavrov a, pour sa part, indiqué que »', () => {
    const said = findReportedSpeech(seed, seedEntities).map((r) => [r.speaker.name, r.verb.verb.lemma, r.content.slice(0, 30)]);
    assert.deepEqual(said, [
      ['Wang Yi', 'indiquer', 'la tâche primaire de sa réunio'],
      ['Wang Yi', 'déclarer', 'Guidée par les consensus parve'],
      ['Sergueï Lavrov', 'indiquer', 'la Russie avait apprécié les e'],
    ]);
  });

  it('asks who said it, the speaker among the other people of the text', () => {
    const items = speakerQuestions(sommet, sommetEntities, createRng(1));
    const macron = items.find((i) => i.prompt.includes('approfondir sa coopération'));
    assert.ok(macron);
    assert.equal(macron.choices[macron.answer], 'Emmanuel Macron');
    assert.deepEqual([...macron.choices].sort(), ['Emmanuel Macron', 'Olaf Scholz', 'Ursula von der Leyen']);
    assert.match(macron.prompt, /^D'après le texte, qui a souligné\u00a0: «\u00a0L'Europe/);
  });

  it('who: never offers someone named in the same sentence, and uses the form the text uses', () => {
    for (const item of whoQuestions(seed, seedEntities, createRng(3))) {
      const sentence = seed.text.slice(item.evidence.start, item.evidence.end);
      const right = item.choices[item.answer] as string;
      assert.ok(sentence.includes(right));
      for (const [i, c] of item.choices.entries()) if (i !== item.answer) assert.ok(!sentence.includes(c), `${c} is in « ${sentence} »`);
      const short = right.startsWith('M. ');
      assert.ok(item.choices.every((c) => c.startsWith('M. ') === short));
    }
  });

  it('where: the wrong places are other places the text names, and never another name of the right one', () => {
    for (const [source, entities] of [[seed, seedEntities], [sommet, sommetEntities]] as const) {
      for (const item of whereQuestions(source, entities, createRng(2))) {
        for (const c of item.choices) assert.ok(source.text.includes(c), `${c} is named in the text`);
        assert.ok(!(item.choices.includes('Beijing') && item.choices.includes('Pékin')));
      }
    }
    assert.ok(whereQuestions(sommet, sommetEntities, createRng(2)).length > 0, 'a text naming several places gets where-questions');
    // The seed names one city: no question about it, rather than a distractor the text never names.
    assert.ok(!whereQuestions(seed, seedEntities, createRng(2)).some((i) => i.prompt.includes('en visite à _____')));
  });

  it('when: the day of the text, the others wrong days', () => {
    const item = whenQuestions(sommet, sommetEntities, createRng(4)).find((i) => i.prompt.includes('se retrouveront _____'));
    assert.ok(item);
    assert.equal(item.choices[item.answer], 'jeudi');
    assert.equal(new Set(item.choices).size, item.choices.length);
  });

  it('negates cleanly or not at all', () => {
    assert.equal(negate('Ils ont fait des préparatifs politiques.'), "Ils n'ont pas fait de préparatifs politiques.");
    assert.equal(negate('La Chine est prête à travailler avec la Russie.'), "La Chine n'est pas prête à travailler avec la Russie.");
    assert.equal(negate('Wang Yi a rencontré jeudi le ministre.'), "Wang Yi n'a pas rencontré jeudi le ministre.");
    assert.equal(negate("Il a apporté une aide."), "Il n'a pas apporté d'aide.");
    assert.equal(negate('La diplomatie russe n\'a pas précisé quelles mesures.'), undefined);
    assert.equal(negate('« Nous condamnons cette attaque », a déclaré la porte-parole.'), undefined);
    assert.equal(negate('Ils ont également exprimé leur position.'), undefined);
    // A figure or a relative clause makes the negation say nothing clear.
    assert.equal(negate('Près de 200 000 personnes ont été chassées de chez elles.'), undefined);
    assert.equal(negate('La Corée du Nord a tiré un missile qui est tombé en mer.'), undefined);
  });

  it('true/false: a false statement changes a fact, a true one says the sentence in other words', () => {
    let t = 0;
    let f = 0;
    for (let s = 0; s < 5; s++) {
      for (const item of trueFalseQuestions(sommet, sommetEntities, createRng(s))) {
        const sentence = sommet.text.slice(item.evidence.start, item.evidence.end).trim();
        const statement = /«\u00a0(.*)\u00a0»$/su.exec(item.prompt)?.[1] ?? '';
        const normalised = (x: string): string => x.replace(/[«»“”"]/gu, '').replace(/\s+/gu, ' ').replace(/ ,/gu, ',').trim();
        // Neither kind copies the sentence: a true statement says it in other words.
        assert.notEqual(normalised(statement), normalised(sentence));
        if (item.answer === 0) {
          t++;
          assert.match(item.explanation, /^True: the text says the same in other words/);
        } else {
          f++;
          assert.notEqual(normalised(statement), normalised(sentence));
          assert.match(item.explanation, /^False: /);
        }
      }
    }
    assert.ok(t > 0 && f > 0, `${t} true, ${f} false`);
  });
});
