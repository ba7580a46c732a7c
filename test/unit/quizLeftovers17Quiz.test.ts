// The quiz's leftovers of blind review 17 (test/eval/quiz-review.md, « Review 17 »: pool quiz-review-17),
// each fixed as a general rule and tested on sentences of our own in the review's frames.
import * as assert from 'node:assert/strict';
import { elide, elidesBefore } from '../../src/core/quiz/french';
import { elisionProblems, negationProblems } from '../../src/core/quiz/frenchCheck';
import { findEntities } from '../../src/core/quiz/entities';
import { attributionQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { backgroundCue } from '../../src/core/quiz/generators/structure';
import { createRng } from '../../src/core/quiz/rng';
import { quizSourceOfText } from './quizDispatches';
import { numbersIn, sameMeaning } from '../../src/core/quiz/paraphrase';

describe('quiz: the leftovers of blind review 17 (fix17)', function () {
  this.timeout(120000);

  it('elides before a vowel under any diacritic, in the writer and the check alike (« d\'Álvaro », 19)', () => {
    for (const name of ['Álvaro', 'Íñigo', 'Óscar', 'Úrsula', 'Ähtäri', 'Ümit', 'Ølstykke', 'ángel']) {
      assert.ok(elidesBefore(name), name);
      assert.equal(elide('de', name), `d'${name}`);
      assert.ok(elisionProblems(`les propos de ${name} Ruiz`, new Map(), true).length > 0, `de ${name}`);
      assert.deepEqual(elisionProblems(`les propos d'${name} Ruiz`, new Map(), true), [], `d'${name}`);
    }
    for (const name of ['Čapek', 'Šimon', 'Ñuñez']) assert.ok(!elidesBefore(name), name);
  });

  it('takes a figure that ends a name opening the statement for no quantity (« France 2, l\'une des chaînes… », 107)', () => {
    for (const s of ["France 2, l'une des chaînes publiques, a confirmé son choix.", 'Apollo 11 a rapporté 22 kilos de roches.', 'Windows 10 équipe 8 ordinateurs de la ville.']) {
      const values = numbersIn(s).map((n) => n.value);
      assert.ok(!values.includes(2) && !values.includes(11) && !values.includes(10), `${s}: ${values.join(', ')}`);
      for (const r of sameMeaning(s)) assert.ok(!/^(?:France deux|Apollo onze|Windows dix)/u.test(r.statement), r.statement);
    }
    // An opening word of no name still leads to a quantity.
    for (const s of ['Selon 20 experts, la ville grandit.', 'Seuls 12 pays ont signé.', 'Environ 30 personnes ont manifesté.', 'Plus 40 élèves sont venus.']) {
      assert.equal(numbersIn(s).length, 1, s);
    }
  });

  it('knows a reporting verb in every form by its lemma: no « comme un fait » for « ont révélé vouloir » (114)', async () => {
    const source = await quizSourceOfText(
      `Culture : la chaîne garde son concours\n\nLe concours national de la chanson a réuni un large public samedi soir dans la capitale. ` +
        `Les producteurs et les gestionnaires de la chaîne ont révélé vouloir garder le même format pour la deuxième année de suite.\n\n` +
        `Les organisateurs avaient admis avoir reçu plus de mille chansons pour cette nouvelle saison du concours.\n\n` +
        `La chanteuse Anne Berg a gagné devant le chanteur Paul Verdier. La chanteuse Claire Roux est arrivée troisième.\n`,
    );
    const entities = findEntities(source);
    let facts = 0;
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of attributionQuestions(source, entities, createRng(seed))) {
        if (!(item.choices[item.answer] as string).startsWith('comme un fait')) continue;
        facts++;
        assert.ok(!/révélé|admis/u.test(item.prompt), item.prompt);
      }
    }
    assert.ok(facts > 0, 'the plain facts are still asked');
  });

  it('reads « faire de X Y » (make X into Y) with « de » the preposition, no negated object\'s article', () => {
    assert.deepEqual(negationProblems("Le maire n'a pas fait de l'écologie et de la propreté des priorités pour la ville."), []);
    assert.deepEqual(negationProblems("La ministre ne fera pas du logement une cause nationale."), []);
    // A negated object after another verb still takes « de ».
    assert.ok(negationProblems("Le maire n'a pas trouvé des solutions pour la ville.").length > 0);
  });

  it('offers no woman after a masculine title right before the gap (« dirigées par le vice-amiral _____ »)', async () => {
    const source = await quizSourceOfText(
      `Irlande : le défilé\n\nLa ministre Claire Roux a ouvert le défilé samedi dans la capitale. Les forces armées étaient dirigées par le vice-amiral Marc Delorme. ` +
        `La sénatrice Anne Berg a défilé avec les élus. Le député Paul Verdier a salué la foule. Le maire Luc Renaud a remercié les bénévoles.`,
    );
    const entities = findEntities(source);
    let asked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of whoQuestions(source, entities, createRng(seed))) {
        if (!item.prompt.includes('vice-amiral _____')) continue;
        asked++;
        assert.ok(!item.choices.some((c) => /Claire Roux|Anne Berg/u.test(c)), item.choices.join(' | '));
      }
    }
    assert.ok(asked > 0, 'the frame is asked');
  });

  it('takes neither a future main verb nor « depuis » measuring a record for background (« deviendra le plus jeune … depuis 1872 », 3)', () => {
    for (const news of [
      'Avec cette victoire, la maire élue Anne Berg deviendra la plus jeune maire de la ville depuis 1902.',
      "Grâce à ce titre, l'équipe est la plus jeune championne du pays depuis 1954.",
      "C'est une première depuis 1998 pour le club, qui remporte la coupe nationale.",
      'Le stade accueillera à nouveau la finale nationale, absente de la ville depuis 2005.',
    ]) assert.equal(backgroundCue(news), undefined, news);
    // « depuis » that goes back in time, and the past perfect, stay background cues.
    assert.equal(backgroundCue('Le pays connaît une grave sécheresse depuis 2015 dans tout le sud.'), '« depuis »');
    assert.ok(backgroundCue('La ville avait accueilli les Jeux olympiques en 1924 pour la première fois.') !== undefined);
  });
});
