// The faults of hand reviews 2 and 3 (test/eval/quiz-review-2.tsv and -3.tsv: the five import-test
// dispatches, seeds 501 and 601), each pinned on the dispatch where it was found and failing before its fix.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { interchangeable } from '../../src/core/quiz/distractors';
import { findEntities } from '../../src/core/quiz/entities';
import { collocationItems } from '../../src/core/quiz/generators/collocation';
import { negate, organisationQuestions, trueFalseQuestions, whereQuestions } from '../../src/core/quiz/generators/comprehension';
import { backgroundCue } from '../../src/core/quiz/generators/structure';
import { frEnItems } from '../../src/core/quiz/generators/vocabulary';
import { contrasting } from '../../src/core/quiz/generators/reportingVerb';
import { REPORTING_VERBS } from '../../src/core/quiz/reporting';
import { sameMeaning } from '../../src/core/quiz/paraphrase';
import { teacherProblems } from '../../src/core/quiz/quality';
import { createRng } from '../../src/core/quiz/rng';
import { buildQuizSource, occurrenceInDoubt, type QuizSource } from '../../src/core/quiz/source';
import { DISPATCH_DIR, importedLessons } from './quizDispatches';
import { testRank } from './quizInputs';

async function sourceOf(name: string, lesson: number): Promise<QuizSource> {
  const l = (await importedLessons(path.join(DISPATCH_DIR, `${name}.txt`)))[lesson]!;
  return buildQuizSource(l.lesson, l.doc, l.analysis, testRank());
}

describe('quiz: the faults of hand review 2', function () {
  this.timeout(60000);

  it('teaches no plain verb from its pronominal use (« s’est félicitée » is not « to congratulate »)', async () => {
    assert.ok(occurrenceInDoubt({ lemma: 'féliciter', pos: 'VERB', text: 'félicitée', multiword: false, origin: 'core' }, '», s\'est '));
    assert.ok(!occurrenceInDoubt({ lemma: 'féliciter', pos: 'VERB', text: 'félicité', multiword: false, origin: 'core' }, 'Il a '));
    const source = await sourceOf('energie-ue', 0);
    assert.ok(!source.vocab.some((e) => e.lemma === 'féliciter' && e.occurrences.some((o) => o.surface === 'félicitée')));
  });

  it('teaches no lexicalised plural from the singular (« le travail forcé » is not « travaux forcés » = hard labour)', async () => {
    const source = await sourceOf('japon-coree', 1);
    assert.ok(!source.vocab.some((e) => e.lemma === 'travaux forcés'), source.vocab.map((e) => e.lemma).join(', '));
  });

  it('takes no past perfect in a « lorsque » clause for background', () => {
    assert.equal(backgroundCue("Le texte prévoit de généraliser les contrats à long terme, afin de protéger les consommateurs contre les hausses des prix observées en 2022, lorsque la guerre en Ukraine avait fait flamber les cours du gaz."), undefined);
  });

  it('blanks no « le » inside « cessez-le-feu »', async () => {
    const source = await sourceOf('soudan-treve', 1);
    for (let seed = 1; seed <= 6; seed++) {
      for (const item of collocationItems(source, createRng(seed))) {
        assert.doesNotMatch(source.text.slice(item.blank.start - 1, item.blank.end + 1), /^-|-$/u, item.prompt);
      }
    }
  });

  it('negates no verb beside a figure in words, nor beside « sans », nor « a dit »', () => {
    assert.equal(negate('Selon les Nations unies, le conflit a fait plus de douze mille morts et contraint plus de huit millions de personnes à fuir.'), undefined);
    assert.equal(negate('Le Premier ministre japonais a dit « partager la douleur » des victimes, sans présenter de nouvelles excuses.'), undefined);
    assert.equal(negate('Le Premier ministre japonais a dit qu’il partageait la douleur des victimes.'), undefined);
    assert.equal(negate('Séoul a proposé au début du mois d’indemniser les victimes.'), 'Séoul n\'a pas proposé au début du mois d’indemniser les victimes.');
  });

  it('offers no body inside the other (« l’Union africaine » against « la Commission de l’Union africaine »)', async () => {
    const source = await sourceOf('soudan-treve', 2);
    const entities = findEntities(source);
    for (let seed = 1; seed <= 6; seed++) {
      for (const d of organisationQuestions(source, entities, createRng(seed))) {
        const right = d.choices[d.answer] as string;
        for (const c of d.choices) if (c !== right) assert.ok(!right.includes(c.replace(/^(?:la|le|les|l['’])\s?/u, '')) && !c.includes(right.replace(/^(?:la|le|les|l['’])\s?/u, '')), `${right} / ${c}`);
      }
    }
  });

  it('elides what a synonym leaves unelided (« avant d’aller »), and the validity check objects to « de aller »', () => {
    const statements = sameMeaning("Il doit s'entretenir mardi avec le président sénégalais et plusieurs ministres, avant de se rendre en Mauritanie.").map((r) => r.statement);
    assert.ok(statements.some((s) => s.includes("avant d'aller en Mauritanie")), statements.join('\n'));
    assert.ok(!statements.some((s) => /de aller/u.test(s)));
    const tf = { id: 'x', kind: 'comprehension' as const, focus: 'truefalse' as const, format: 'truefalse' as const, prompt: 'Vrai ou faux\u202f? «\u00a0Il doit partir avant de aller en Mauritanie.\u00a0»', choices: ['Vrai', 'Faux'], answer: 0, evidence: { start: 0, end: 1 }, explanation: 'x', keys: [] };
    assert.ok(teacherProblems(tf, 'x', { people: [], organisations: [], places: [], times: [] }).some((p) => p.includes('elision')));
  });

  it('swaps no country inside a name (« golfe de Guinée » never becomes « golfe de France »)', async () => {
    const source = await sourceOf('sahel-visite', 0);
    const entities = findEntities(source);
    for (let seed = 1; seed <= 12; seed++) {
      for (const d of trueFalseQuestions(source, entities, createRng(seed))) assert.doesNotMatch(d.prompt, /golfe de (?!Guinée)/u, d.prompt);
      for (const d of whereQuestions(source, entities, createRng(seed))) assert.doesNotMatch(d.prompt, /golfe de _/u, d.prompt);
    }
  });

  it('offers no reporting verb against a reporting expression (« assuré que » against « to say, to state »)', async () => {
    const source = await sourceOf('sahel-visite', 1);
    const assurer = source.vocab.find((e) => e.lemma === 'assurer que');
    const indiquer = source.vocab.find((e) => e.lemma === 'indiquer');
    assert.ok(assurer && indiquer);
    assert.ok(interchangeable(assurer, indiquer));
    for (let seed = 1; seed <= 6; seed++) {
      const item = frEnItems(source, createRng(seed)).find((i) => i.keys.includes(assurer.key));
      assert.ok(!item?.choices.includes('to say, to state'), item?.choices.join(' | '));
    }
  });
});

describe('quiz: the faults of hand review 3', () => {
  it('negates no verb under a restrictive « seuls »', () => {
    assert.equal(negate('Seuls les pays ayant présenté des engagements chiffrés avaient été invités à prendre la parole.'), undefined);
  });

  it('offers no near nuance against a reporting verb (« a affirmé » against « maintained it firmly », assurer)', () => {
    const affirmer = REPORTING_VERBS.find((v) => v.lemma === 'affirmer')!;
    const assurer = REPORTING_VERBS.find((v) => v.lemma === 'assurer')!;
    for (let seed = 1; seed <= 40; seed++) {
      assert.ok(!contrasting(affirmer, createRng(seed), 3).some((v) => v.lemma === 'assurer'), `seed ${seed}`);
      assert.ok(!contrasting(assurer, createRng(seed), 3).some((v) => v.nuance === 'statement' || v.nuance === 'emphasis'), `seed ${seed}`);
    }
  });
});
