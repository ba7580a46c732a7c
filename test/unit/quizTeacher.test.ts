// The faults a teacher found in quizzes on imported dispatches (issue 12), each pinned on the
// dispatch where it was seen: a quotation cut open, an institution offered as a person, « ne »
// taught as a word, « assurer » as "to ensure" in « a assuré que », « a appelé » for « ont appelé »,
// true/false statements copied from the text, a wrong elision.
import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/quiz/entities';
import { elide, quote, quotesBalanced } from '../../src/core/quiz/french';
import { attributionQuestions, organisationQuestions, speakerQuestions } from '../../src/core/quiz/generators/comprehension';
import { frEnItems } from '../../src/core/quiz/generators/vocabulary';
import { REPORTING_VERBS } from '../../src/core/quiz/reporting';
import { fitsArticle } from '../../src/core/quiz/places';
import { createRng } from '../../src/core/quiz/rng';
import { draftItems } from '../../src/core/quiz/generate';
import { numberInWords, sameMeaning } from '../../src/core/quiz/paraphrase';
import { buildQuizSource, type QuizSource } from '../../src/core/quiz/source';
import { importedLessons, quizDispatchFiles } from './quizDispatches';
import { testRank } from './quizInputs';

async function sourceOf(name: string, lesson = 0): Promise<QuizSource> {
  const file = quizDispatchFiles().find((f) => f.includes(name)) as string;
  const l = (await importedLessons(file))[lesson]!;
  return buildQuizSource(l.lesson, l.doc, l.analysis, testRank());
}

describe('quiz: what a teacher would not hand out', function () {
  this.timeout(60000);

  it('closes a quotation an excerpt cut open', () => {
    assert.equal(quote('“Nous ne pouvons…'), '«\u00a0“Nous ne pouvons…”\u00a0»');
    assert.equal(quote('…sites stratégiques” de la capitale.'), '«\u00a0“…sites stratégiques” de la capitale.\u00a0»');
    assert.ok(quotesBalanced(quote('« Nous ne pouvons pas », a-t-il dit')));
    assert.ok(!quotesBalanced('« “Nous ne pouvons… »'));
  });

  it('elides before a vowel sound only: d’Alfred, d’Ylva, but de Yoon, de Huang', () => {
    assert.equal(elide('de', 'Alfred Mutua'), "d'Alfred Mutua");
    assert.equal(elide('de', 'Ylva Johansson'), "d'Ylva Johansson");
    assert.equal(elide('de', 'Yoon Suk-yeol'), 'de Yoon Suk-yeol');
    assert.equal(elide('de', 'Huang Runqiu'), 'de Huang Runqiu');
    assert.equal(elide('de', 'Haïti'), "d'Haïti");
  });

  it('knows the Ligue arabe and the Forces de soutien rapide for institutions, not people', async () => {
    const source = await sourceOf('quiz-01');
    const entities = findEntities(source);
    assert.deepEqual(entities.people.map((p) => p.name).sort(), ['Ahmed Aboul Gheit', 'Moussa Faki Mahamat', 'Nabil Abdallah']);
    const orgs = entities.organisations.map((o) => o.name);
    for (const name of ['Ligue arabe', 'Union africaine', 'Forces de soutien rapide', "Commission de l'Union africaine"]) assert.ok(orgs.includes(name), name);
    for (let seed = 1; seed <= 12; seed++) {
      for (const items of draftItems(source, { seed }, entities).values()) {
        for (const item of items) assert.doesNotMatch(item.prompt, /général (?:Ligue|Union|Forces)/u, item.prompt);
      }
    }
  });

  it('teaches no grammatical word, and « assurer » in « a assuré que » as to maintain', async () => {
    const source = await sourceOf('quiz-01');
    assert.ok(!source.vocab.some((e) => ['ne', 'pas', 'que', 'le', 'de', 'entre', 'une'].includes(e.lemma)));
    // The word in its reporting sense, or the expression « assurer que » (the lexicon has it): never "to ensure".
    const assurer = source.vocab.find((e) => e.lemma === 'assurer' || e.lemma === 'assurer que');
    assert.ok(assurer, 'assurer is taught');
    assert.match(assurer.senses[0]!, /maintain|assert/);
    assert.ok(!assurer.senses.some((s) => /ensure|insure/.test(s)), assurer.senses.join('; '));
    const fonction = (await sourceOf('quiz-01', 1)).vocab.find((e) => e.lemma === 'fonction');
    assert.equal(fonction?.settled, false, '« démis de ses fonctions »: the gloss lists « function » first, not the sense the text uses');
  });

  it('quotes the reporting verb as the text has it: « ont appelé », not « a appelé »', async () => {
    const items = draftItems(await sourceOf('quiz-01'), { seed: 1, kinds: ['reporting-verb'] }).get('reporting-verb') ?? [];
    const appeler = items.find((i) => i.kind === 'reporting-verb' && i.keys.includes('appeler|VERB'));
    assert.ok(appeler && appeler.kind === 'reporting-verb');
    assert.equal(appeler.verb, 'ont appelé');
  });

  it('says a sentence in other words: figures written out, synonyms, never inside a quotation', () => {
    assert.equal(numberInWords(180), 'cent quatre-vingts');
    assert.equal(numberInWords(1500), 'mille cinq cents');
    assert.equal(numberInWords(200000), 'deux cent mille');
    assert.equal(numberInWords(71), 'soixante et onze');
    const [first] = sameMeaning('Les combats ont fait au moins 8 morts, selon un bilan.');
    assert.equal(first?.statement, 'Les combats ont fait au moins huit morts, selon un bilan.');
    const rewrites = sameMeaning('« Nous avons perdu au moins 180 hommes », a-t-il dit.');
    assert.deepEqual(rewrites, [], 'a quotation is left as it was said');
  });

  it('puts no article before Haïti: « rédigée par les États-Unis et l’Haïti » is never offered', () => {
    assert.equal(fitsArticle('Haïti', 'country', "les États-Unis et l'"), false);
    assert.equal(fitsArticle('Équateur', 'country', "les États-Unis et l'"), true);
    assert.equal(fitsArticle('Haïti', 'country', 'le déploiement en '), true);
    // « l'ambassade de France », never « l'ambassade de Niger ».
    assert.equal(fitsArticle('Niger', 'country', "l'ambassade de "), false);
    assert.equal(fitsArticle('France', 'country', "l'ambassade de "), true);
  });

  it('takes « Yémen » for a consonant sound and an elided article after a quotation mark: never « L’_____ » with Yémen', () => {
    assert.equal(fitsArticle('Yémen', 'country', 'annoncé que l’'), false);
    assert.equal(fitsArticle('Yémen', 'country', '“L’'), false);
    assert.equal(fitsArticle('Irak', 'country', '“L’'), true);
    assert.equal(fitsArticle('Yémen', 'country', 'au sud du '), true);
  });

  it('reported or asserted: never offers as a wrong answer someone the sentence itself names', async () => {
    const source = await sourceOf('quiz-06');
    const entities = findEntities(source);
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of attributionQuestions(source, entities, createRng(seed))) {
        const sentence = source.text.slice(item.evidence.start, item.evidence.end);
        const wrong = item.choices.filter((_, i) => i !== item.answer);
        for (const c of wrong) assert.ok(!entities.people.some((p) => c.endsWith(p.name) && sentence.includes(p.name)), `${c} in « ${sentence} »`);
      }
    }
  });

  it('« n’a plus de président » is the negation, not « plus de » (more than)', async () => {
    const source = await sourceOf('quiz-07', 1);
    assert.ok(!source.vocab.some((e) => e.lemma === 'plus de'), source.vocab.map((e) => e.lemma).join(', '));
  });

  it('elides « que » before a vowel in a who-said-it question: « qui a jugé qu’une adhésion… »', async () => {
    const source = await sourceOf('quiz-06');
    const items = speakerQuestions(source, findEntities(source), createRng(1));
    const biden = items.find((i) => i.choices[i.answer] === 'Joe Biden');
    assert.ok(biden);
    assert.match(biden.prompt, /qui a jugé qu'une adhésion/u);
  });

  it('names each institution once among the choices (« le Conseil de sécurité » is « le Conseil de sécurité des Nations unies »)', async () => {
    const source = await sourceOf('quiz-07');
    const entities = findEntities(source);
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of organisationQuestions(source, entities, createRng(seed))) {
        const groups = item.choices.map((c) => entities.organisations.find((o) => c.toLowerCase().endsWith(o.name.toLowerCase()))?.group);
        assert.equal(new Set(groups).size, groups.length, item.choices.join(' | '));
      }
    }
  });

  it('offers no reporting verb against another: « précisé » is not asked against « to state »', async () => {
    const source = await sourceOf('quiz-03');
    for (let seed = 1; seed <= 12; seed++) {
      for (const item of frEnItems(source, createRng(seed))) {
        if (!['précisé', 'déclaré', 'rappelé', 'reconnu', 'appelé'].includes(item.term)) continue;
        const wrong = item.choices.filter((_, i) => i !== item.answer);
        assert.ok(!wrong.some((c) => REPORTING_VERBS.some((v) => v.sense === c)), `${item.term}: ${item.choices.join(' | ')}`);
      }
    }
  });
});

