// The leftovers of blind review 11 (test/eval/quiz-review.md, « Review 11 »: pool quiz-review-11),
// each fixed as a general rule and tested on sentences of its kind: the validity check's three
// misreadings of right items, the invalid items' classes, and the quoting of a split expression.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { frameGender, negationProblems, spelledNumberProblems } from '../../src/core/quiz/frenchCheck';
import { draftItems } from '../../src/core/quiz/generate';
import { teacherProblems } from '../../src/core/quiz/quality';
import { attributionQuestions, trueFalseQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { BLANK } from '../../src/core/quiz/snippets';
import { quizSourceOfText } from './quizDispatches';
import { testAnalyzer } from './quizInputs';

describe('quiz: the leftovers of blind review 11', function () {
  this.timeout(120000);
  const gender = (frame: string): boolean[] => frameGender(frame, frame.indexOf(BLANK), BLANK.length);

  it('reads no rank, place or stage before the gap as a title in apposition (« prend la seconde place, _____ »)', () => {
    assert.deepEqual(gender(`Richard Murray prend la seconde place, ${BLANK} prend la troisième place de l'étape.`), []);
    assert.deepEqual(gender(`Il termine à la quatrième position, ${BLANK} remporte la course.`), []);
    assert.deepEqual(gender(`Après la première étape, ${BLANK} mène le classement.`), []);
    // A person's title still tells: « la présidente du club, _____ », « la seconde épouse, _____ ».
    assert.ok(gender(`La présidente du club, ${BLANK}, a démissionné.`).includes(true));
    assert.deepEqual(gender(`Il a rencontré la seconde épouse, ${BLANK}, lundi.`), [true]);
  });

  it('wants no « de » for an article that starts a clause coordinated after a negated one (« n’a pas dégénéré et du gaz »)', () => {
    assert.deepEqual(negationProblems('La manifestation n’a pas dégénéré et du gaz lacrymogène a été employé contre les manifestants.'), []);
    assert.deepEqual(negationProblems("Le match n'a pas eu lieu et des supporters ont manifesté."), []);
    // The negated verb's own object still wants « de ».
    assert.equal(negationProblems("Les enquêteurs n'ont pas retrouvé des fragments de l'avion.").length, 1);
    assert.equal(negationProblems("La police n'a pas employé du gaz lacrymogène.").length, 1);
  });

  it('reads a number before a plural noun after a name as a quantity, not the name’s number (« en France trois semaines après »)', () => {
    assert.deepEqual(spelledNumberProblems('En 2009, une petite fille avait été retrouvée en France trois semaines après son enlèvement.'), []);
    assert.deepEqual(spelledNumberProblems('Elle a été retrouvée en Hongrie deux jours plus tard.'), []);
    assert.equal(spelledNumberProblems('Le Boeing sept cent trente-sept s’est écrasé.').length, 1);
    assert.equal(spelledNumberProblems('Le vol de Minsk deux a décollé.').length, 1);
    assert.equal(spelledNumberProblems('Ils ont rallié la brigade cent trente-sept puis la ville.').length, 1);
  });

  it('offers no name met only after « à », never titled nor a subject, as a person (« à Khan Cheikhoun », « à Abou Dabi »)', async () => {
    const source = await quizSourceOfText(
      [
        "Le président américain Donald Trump a ordonné des frappes contre une base aérienne syrienne, selon le Pentagone.",
        "« Cette agression vient après la campagne menée après ce qui s'est passé à Khan Cheikhoun », a déclaré le ministre syrien Walid Mouallem.",
        "Le champion en titre, l'Espagnol Mario Mola, après un début mitigé lors de l'épreuve d'ouverture à Abou Dabi, a gagné la course.",
        "Le ministre a rendu hommage à Jean Dupont. Jean Dupont a fondé l'association en 1990.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const names = entities.people.map((p) => p.name);
    assert.ok(!names.includes('Khan Cheikhoun') && !names.includes('Abou Dabi'), names.join(', '));
    for (const kept of ['Donald Trump', 'Mario Mola', 'Jean Dupont']) assert.ok(names.includes(kept), `${kept} in ${names.join(', ')}`);
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of [...whoQuestions(source, entities, createRng(seed)), ...attributionQuestions(source, entities, createRng(seed))]) {
        if ('choices' in item) for (const c of item.choices) assert.doesNotMatch(c, /Khan Cheikhoun|Abou Dabi/u, item.prompt);
      }
    }
  });

  it('swaps no name for a family member’s in a false statement (« Vicente Lopez est toujours recherché », his father sought too)', async () => {
    const source = await quizSourceOfText(
      [
        "Le dispositif Alerte-Enlèvement a été déclenché mercredi après l'enlèvement de Vicente Lopez, un garçon de cinq ans, par son père Jason Lopez, selon la police.",
        "Vicente Lopez est d'ailleurs toujours recherché dans le sud-ouest du pays, où son père a de grandes attaches familiales, selon le parquet.",
        "Le procureur Eric Maillaud a appelé les témoins à contacter les gendarmes, selon le journal local.",
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    assert.ok(entities.people.some((p) => p.name === 'Jason Lopez'), entities.people.map((p) => p.name).join(', '));
    for (let seed = 1; seed <= 24; seed++) {
      for (const item of trueFalseQuestions(source, entities, createRng(seed))) {
        assert.doesNotMatch(item.prompt, /Jason Lopez est d['’]ailleurs toujours recherché|Vicente Lopez, un garçon de cinq ans, par son père Vicente|par son père Vicente Lopez/u, item.prompt);
      }
    }
  });

  it('glosses « séries mondiales » of a sport by its general sense, baseball as a note', async () => {
    const source = await quizSourceOfText(
      "La course de Gold Coast est la deuxième étape des séries mondiales de triathlon, après l'épreuve d'ouverture. Le champion en titre a remporté la course devant les meilleurs coureurs du circuit.",
    );
    const entry = source.vocab.find((e) => e.lemma === 'série mondiale');
    assert.ok(entry, source.vocab.map((e) => e.lemma).join(', '));
    assert.doesNotMatch(entry.senses[0] ?? '', /baseball/iu);
    assert.match(entry.note ?? '', /baseball/iu);
  });

  it('reads « du début à la fin » as one expression, never « à la fin » = finally inside it', () => {
    const analyzer = testAnalyzer();
    const text = "Elle a mené la course qu'elle contrôle quasiment du début à la fin.";
    const found = analyzer.analyze(text).expressions.map((e) => e.lemma);
    assert.ok(found.includes('du début à la fin'), found.join(', '));
    assert.ok(!found.includes('à la fin'), found.join(', '));
    // « à la fin » alone keeps its sense.
    assert.ok(analyzer.analyze("À la fin, l'équipe a gagné le match.").expressions.some((e) => e.lemma === 'à la fin'));
  });

  it('shows an expression split around an adverb in quotation marks with balanced « » (« il suffisait « simplement de » réformer »)', async () => {
    const source = await quizSourceOfText(
      [
        "Le ministre a jugé qu'il suffisait « simplement de » réformer la loi, et que le gouvernement avait mis « rapidement en œuvre » la réforme.",
        'Les syndicats ont protesté contre cette décision dans plusieurs villes du pays.',
      ].join('\n\n'),
    );
    const split = source.vocab.filter((e) => e.occurrences.some((o) => o.surface.includes('…')));
    assert.equal(split.length, 2, source.vocab.map((e) => e.lemma).join(', '));
    const entities = findEntities(source);
    let shown = 0;
    for (let seed = 1; seed <= 12; seed++) {
      for (const [, drafts] of draftItems(source, { seed }, entities)) {
        for (const item of drafts) {
          if (!/suffi|œuvre/u.test(JSON.stringify(item))) continue;
          shown++;
          assert.deepEqual(teacherProblems(item, source.text, entities).filter((p) => p.startsWith('unbalanced')), [], item.prompt);
        }
      }
    }
    assert.ok(shown > 10, `${shown} items`);
    // The citation form is the text's words without its quotation marks.
    assert.deepEqual(split.map((e) => e.lemma).sort(), ['il suffisait simplement de', 'mettre en œuvre']);
  });
});
