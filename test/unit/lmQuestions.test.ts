// Questions a language model proposes, through the offline generator's checks: the real parser,
// analysis engine and quiz checks on a small lesson; the proposals are what a model could answer.
import assert from 'node:assert/strict';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { checkProposals, mergeQuestions, offlineQuestions, withLessonQuestions } from '../../src/core/lm/modelQuestions';
import { ModelAnswerError } from '../../src/core/lm/errors';
import { parseQuestionsAnswer, questionsRequest, type ProposedQuestion } from '../../src/core/lm/questionsPrompt';
import { lessonText } from '../../src/core/quiz/lessonText';
import { buildQuizSource } from '../../src/core/quiz/source';
import { testAnalyzer } from './quizInputs';

const LESSON = `---
title: Rencontre à Paris
level: B1
series: Modèle
order: 1
---

## Text

Le ministre Jean Dupont a reçu son homologue Marie Leroy jeudi à Paris. Les deux ministres se rencontreront vendredi à Berlin.

« Nous sommes prêts ! », a déclaré M. Dupont. Selon Marie Leroy, un accord pourrait être signé lundi.

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| homologue | NOUN | m/f | counterpart | |
`;

const GOOD: ProposedQuestion[] = [
  { kind: 'where', question: 'Où les deux ministres se rencontreront-ils ?', choices: ['Paris', 'Berlin'], answer: 1, evidence: 'Les deux ministres se rencontreront vendredi à Berlin', explanation: 'The text says they will meet in Berlin on Friday.' },
  { kind: 'when', question: 'Quand les deux ministres se rencontreront-ils ?', choices: ['lundi', 'vendredi', 'jeudi'], answer: 1, evidence: 'se rencontreront vendredi', explanation: 'Vendredi is Friday.' },
  { kind: 'truefalse', question: "Marie Leroy pense qu'aucun accord ne sera signé", choices: ['Vrai', 'Faux'], answer: 1, evidence: 'Selon Marie Leroy, un accord pourrait être signé lundi', explanation: 'She says an agreement could be signed on Monday.' },
];

function source() {
  const lesson = parseLesson(LESSON, 'rencontre.md');
  const analyzer = testAnalyzer();
  return buildQuizSource(lesson, buildReaderDocument(lesson, analyzer), analyzer.analyze(lessonText(lesson)));
}

describe('questions from a language model', function () {
  this.timeout(60_000);

  it('asks with the schema and the lesson text only', () => {
    const request = questionsRequest(['Le ministre a reçu son homologue.'], 6);
    assert.match(request, /"required":\["questions"\]/);
    assert.match(request, /Le ministre a reçu son homologue\.$/);
  });

  it('reads a conforming answer, drops an item that does not fit the schema, and rejects what is not the JSON asked for', () => {
    const answer = JSON.stringify({ questions: [GOOD[0], { ...GOOD[1], answer: 'vendredi' }, { ...GOOD[2], extra: 1 }] });
    const read = parseQuestionsAnswer(`\`\`\`json\n${answer}\n\`\`\``);
    assert.equal(read.proposals.length, 1);
    assert.equal(read.dropped.length, 2);
    assert.match(read.dropped[0]!, /answer is not an integer/);
    assert.throws(() => parseQuestionsAnswer(answer.slice(0, 40)), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'malformed');
    assert.throws(() => parseQuestionsAnswer('Sorry, I cannot help with that.'), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'refusal');
    assert.throws(() => parseQuestionsAnswer('[1, 2]'), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'malformed');
    assert.throws(() => parseQuestionsAnswer(''), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'empty');
  });

  it('keeps the proposals that pass the offline checks, with French typography', () => {
    const { kept, refused } = checkProposals(GOOD, source());
    assert.deepEqual(refused, []);
    assert.equal(kept.length, 3);
    assert.equal(kept[0]!.prompt, 'Où les deux ministres se rencontreront-ils\u202f?');
    assert.equal(kept[2]!.prompt, 'Vrai ou faux\u202f? «\u00a0Marie Leroy pense qu\'aucun accord ne sera signé\u00a0»');
  });

  for (const [why, proposal, reason] of [
    ['evidence not in the text', { ...GOOD[0]!, evidence: 'Les ministres se verront à Berlin' }, /evidence is not in the text/],
    ['two right answers in the evidence', { ...GOOD[0]!, evidence: 'à Paris. Les deux ministres se rencontreront vendredi à Berlin' }, /also names Paris/],
    ['a distractor of another kind', { ...GOOD[1]!, choices: ['Berlin', 'vendredi'], answer: 1 }, /is not a time like vendredi/],
    ['a true/false statement copied from the text', { ...GOOD[2]!, question: 'Les deux ministres se rencontreront vendredi à Berlin.' }, /copied from the text/],
    ['an answer index out of range', { ...GOOD[1]!, answer: 3 }, /answer index out of range/],
    ['a repeated choice', { ...GOOD[1]!, choices: ['vendredi', 'Vendredi'], answer: 0 }, /repeated choice/],
    ['unbalanced quotation marks', { ...GOOD[0]!, question: 'Où « les ministres se verront-ils ?' }, /unbalanced quotation marks/],
  ] as [string, ProposedQuestion, RegExp][]) {
    it(`refuses a proposal with ${why}`, () => {
      const { kept, refused } = checkProposals([proposal], source());
      assert.equal(kept.length, 0);
      assert.match(refused[0] ?? '', reason);
    });
  }

  it('fills the rest offline and writes a Questions section that names the model\'s questions', () => {
    const src = source();
    const { kept } = checkProposals(GOOD.slice(0, 1), src);
    const offline = offlineQuestions(src, 1);
    assert.ok(offline.length >= 1, 'the offline generator has questions for this lesson');
    const merged = mergeQuestions(kept, offline, 3);
    assert.equal(merged[0]!.byModel, true);
    assert.ok(merged.length >= 2 && merged.slice(1).every((q) => !q.byModel));
    const { source: written } = withLessonQuestions(LESSON, 'rencontre.md', merged, 'Scripted Model');
    assert.match(written, /## Questions\n\n<!-- questions by language model \(Scripted Model\): 1 -->\n\n1\. Où les deux ministres/);
    const lesson = parseLesson(written, 'rencontre.md');
    assert.equal(lesson.questions.length, merged.length);
    assert.equal(lesson.questions[0]!.machine, 'Scripted Model');
    assert.equal(lesson.questions[1]!.machine, undefined);
    assert.equal(lesson.questions[0]!.choices[lesson.questions[0]!.answer], 'Berlin');
    assert.throws(() => withLessonQuestions(written, 'rencontre.md', merged, 'Scripted Model'), /already has questions/);
  });
});
