// The faults of tuning round s10c (test/eval/quiz-review-tuning-s10c.tsv, five 2016/02 Wikinews
// articles), each fixed at its cause as a general rule and tested on sentences of its kind.
import * as assert from 'node:assert/strict';
import { importDepsFromData } from '../../src/core/import/deps';
import { repairText } from '../../src/core/import/repair';
import { fold } from '../../src/core/quiz/french';
import { findEntities } from '../../src/core/quiz/entities';
import { attributionQuestions, trueFalseQuestions, whoQuestions } from '../../src/core/quiz/generators/comprehension';
import { createRng } from '../../src/core/quiz/rng';
import { analysisDataDir } from './helpers/analysisData';
import { quizSourceOfText } from './quizDispatches';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

describe('quiz: the faults of tuning round s10c', function () {
  this.timeout(120000);

  it('takes no English named day for a person (items 23, 26, 30: « à l\'occasion de Bill Shorten », « les propos d\'Australia Day »)', async () => {
    const source = await quizSourceOfText(
      [
        "La reine reste très populaire, mais le débat sur le changement de régime a ressurgi à l'occasion d'Australia Day.",
        'Le chef de l\'opposition travailliste, Bill Shorten, lui a proposé de travailler ensemble, a dit Malcolm Turnbull.',
        'Seul le premier ministre, Colin Barnett, n\'a pas signé cette déclaration.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    const people = entities.people.map((p) => p.name);
    assert.ok(people.includes('Bill Shorten'), people.join(', '));
    assert.deepEqual(people.filter((n) => /Day/u.test(n)), []);
  });

  it('changes no percentage to more than a hundred (item 35: « cent deux pour cent des Australiens »)', async () => {
    const source = await quizSourceOfText(
      'Si, en 2014, 51 % des Australiens étaient favorables au régime en vigueur, l\'opinion pourrait évoluer lorsque le prince Charles montera sur le trône.',
    );
    const entities = findEntities(source);
    let made = 0;
    for (const seed of SEEDS) {
      for (const item of trueFalseQuestions(source, entities, createRng(seed))) {
        made++;
        assert.doesNotMatch(item.prompt, /\b(?:1\d\d|[2-9]\d\d)\s?%|\bcent(?:[ -][a-zé]+)* pour cent/u, item.prompt);
      }
    }
    assert.ok(made > 0);
  });

  it('reads « juge » before an adjective and an article as the verb (item 46: « le Conseil d\'État juge illégale la sélection »)', async () => {
    const source = await quizSourceOfText("Le Conseil d'État juge illégale la sélection en master.");
    const juge = source.tokens.find((t) => t.form === 'juge');
    assert.equal(juge?.upos, 'VERB');
    assert.equal(juge?.lemma, 'juger');
    const judge = await quizSourceOfText('Le juge fédéral a rendu sa décision.');
    assert.equal(judge.tokens.find((t) => t.form === 'juge')?.upos, 'NOUN');
  });

  it('repairs « au dépend de » to « aux dépens de », so no « se faire à » is read in it (item 89)', async () => {
    const words = importDepsFromData(analysisDataDir()).words;
    const result = repairText(['Des journalistes déplorent que cette présence numérique se fasse au dépend de la qualité.', 'Il a ri aux dépens de son rival.'], words);
    assert.match(result.paragraphs[0] as string, /se fasse aux dépens de la qualité/u);
    assert.deepEqual(result.repairs.map((r) => `${r.from} > ${r.to}`), ['au dépend > aux dépens']);
    // The importer repairs it, so the quiz reads the locution in the article's paragraph (before: « se faire à »).
    const source = await quizSourceOfText(
      "À l'inverse, la présence de la marque sur internet est importante, mais doit faire face au manque de rentabilité de la publicité numérique. Certains journalistes du quotidien déplorent que cette présence numérique se fasse au dépend de la qualité.",
    );
    const lemmas = source.vocab.map((v) => v.lemma);
    assert.equal(lemmas.includes('se faire à'), false, lemmas.join(', '));
    assert.ok(lemmas.includes('aux dépens de'), lemmas.join(', '));
  });

  it('does not settle « droits » as « rights » where the text does not choose (item 52: « ceux de droits », law masters)', async () => {
    const source = await quizSourceOfText(
      'Plusieurs masters devraient conserver leur caractère sélectif, parmi lesquels ceux de droits, qui conservent la césure entre M1 et M2.',
    );
    const droits = source.vocab.filter((v) => /^droits?$/u.test(v.lemma));
    assert.ok(droits.length > 0, source.vocab.map((v) => v.lemma).join(', '));
    assert.deepEqual(droits.filter((v) => v.settled).map((v) => `${v.lemma} = ${v.gloss}`), []);
  });

  it('reads the apposition after a parenthesis of dates (item 16: Céline Dion offered for « _____ (1945 - 2015), musicien britannique »)', async () => {
    const source = await quizSourceOfText(
      [
        "Il ne faut pas oublier Michel Delpech, David Bowie ou encore René Angélil, et même Daniel Dion (29 novembre 1956 - 16 janvier 2016), le frère aîné de Céline Dion.",
        'Citons aussi Lemmy Kilmister (24 décembre 1945 - 28 décembre 2015), musicien britannique célèbre pour être le fondateur de Motörhead.',
      ].join('\n\n'),
    );
    const entities = findEntities(source);
    let asked = 0;
    for (const seed of SEEDS) {
      for (const item of whoQuestions(source, entities, createRng(seed))) {
        if (!/_____ \(24 décembre/u.test(item.prompt)) continue;
        asked++;
        // Only men the text shows as men (Daniel Dion, « le frère ») may stand beside the key.
        assert.deepEqual(item.choices.filter((c) => c !== 'Lemmy Kilmister' && c !== 'Daniel Dion'), [], item.prompt);
      }
    }
    assert.equal(asked, 0, 'one man of known gender besides the key is too few choices: no item');
  });

  it('undoes the source\'s elision before a consonant Y (« qu\'Yulia Surikova », validity test, every seed)', () => {
    const words = importDepsFromData(analysisDataDir()).words;
    const result = repairText(["C'est avec plus d'une minute d'avance sur Olga Parfinenko, qu'Yulia Surikova remporte ce championnat.", "Il a vu qu'Yves Leterme et les soldats de la Maison d'York."], words);
    assert.deepEqual(result.paragraphs, ["C'est avec plus d'une minute d'avance sur Olga Parfinenko, que Yulia Surikova remporte ce championnat.", "Il a vu qu'Yves Leterme et les soldats de la Maison d'York."]);
    assert.deepEqual(result.repairs.map((r) => `${r.from} > ${r.to}`), ["qu'Yulia > que Yulia"]);
  });

  it('teaches no « d\'avance » = in advance after « une minute » (the rerun: « plus d\'une minute d\'avance sur Olga Parfinenko » is a lead)', async () => {
    const source = await quizSourceOfText(
      [
        "C'est avec plus d'une minute d'avance sur Olga Parfinenko que Yulia Surikova remporte ce championnat.",
        "Les billets doivent être payés d'avance, a rappelé la direction du club.",
      ].join('\n\n'),
    );
    const avance = source.vocab.filter((e) => fold(e.lemma) === fold("d'avance")).flatMap((e) => e.occurrences.map((o) => source.text.slice(o.sentence.start, o.span.end)));
    assert.ok(avance.some((o) => /payés d'avance$/u.test(o)), avance.join('\n'));
    assert.deepEqual(avance.filter((o) => /minute d'avance/u.test(o)), []);
  });
});

