// Senses a language model may choose: only for glossary rows the offline sense rules leave
// undecided, only by number among the row's own senses. Real parser, engine and sense rules.
import assert from 'node:assert/strict';
import { parseLesson } from '../../src/core/lesson/parser';
import { ModelAnswerError } from '../../src/core/lm/errors';
import { parseSensesAnswer, sensesRequest, uncertainSenses, withChosenSenses } from '../../src/core/lm/senseChoice';
import { lessonText } from '../../src/core/quiz/lessonText';
import { SenseSelector } from '../../src/core/text/senses';
import { analysisDataDir } from './helpers/analysisData';
import { testAnalyzer } from './quizInputs';

const LESSON = `---
title: Sécurité
level: B1
series: Modèle
order: 1
---

## Text

La réunion a porté sur la sécurité énergétique. Le ministre a souligné le rôle de la France.

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| réunion | NOUN | f | meeting; reunion | |
| porter | VERB |  | to concern, to be about (porter sur); to carry; to wear | |
| sécurité | NOUN | f | security; safety | |
| rôle | NOUN | m | role | |
`;

function questions() {
  const lesson = parseLesson(LESSON, 'securite.md');
  const selector = SenseSelector.fromDir(analysisDataDir());
  const analysis = testAnalyzer().analyze(lessonText(lesson));
  return { lesson, list: uncertainSenses(lesson, analysis, (tokens, i) => selector.choose(tokens, i) !== undefined) };
}

describe('senses chosen by a language model', function () {
  this.timeout(60_000);

  it('asks only about rows with several senses that no sense rule decides, with their sentence', () => {
    const { list } = questions();
    assert.deepEqual(list.map((q) => q.headword), ['réunion', 'sécurité'], 'porter sur is decided by a rule; rôle has one sense');
    assert.equal(list[1]!.sentence, 'La réunion a porté sur la sécurité énergétique.');
    const request = sensesRequest(list);
    assert.match(request, /2\. sécurité \(NOUN\) in: La réunion a porté sur la sécurité énergétique\.\n {3}1\) security\n {3}2\) safety/);
  });

  it('puts the chosen sense first and records the model in the note; nothing else of the file changes', () => {
    const { lesson, list } = questions();
    const { chosen, refused } = parseSensesAnswer('{"choices": [1, 2]}', list);
    assert.deepEqual(refused, []);
    const written = withChosenSenses(LESSON, lesson, list, chosen, 'Scripted Model');
    assert.match(written, /\| sécurité \| NOUN \| f \| safety; security \| sense chosen by a language model \(Scripted Model\) \|/);
    assert.match(written, /\| réunion \| NOUN \| f \| meeting; reunion \| sense chosen by a language model \(Scripted Model\) \|/);
    const again = parseLesson(written, 'securite.md');
    assert.equal(again.glossary[2]!.gloss, 'safety; security');
    assert.equal(written.split('\n').filter((l, i) => l !== LESSON.split('\n')[i]).length, 2, 'two rows changed');
    // Asked again, the rows the model chose are settled.
    const analysis = testAnalyzer().analyze(lessonText(again));
    assert.deepEqual(uncertainSenses(again, analysis, () => false).map((q) => q.headword), ['porter']);
  });

  it('refuses a number out of range, and an answer that is not the list of numbers asked for', () => {
    const { list } = questions();
    const { chosen, refused } = parseSensesAnswer('{"choices": [1, 3]}', list);
    assert.deepEqual(chosen, [0, undefined]);
    assert.match(refused[0]!, /sécurité: sense 3 is not one of its 2 senses/);
    for (const bad of ['{"choices": [1]}', '{"choices": ["safety", 1]}', '{"choices": [1, 2], "why": "safety"}', '{"choices": [1, 2', 'safety']) {
      assert.throws(() => parseSensesAnswer(bad, list), ModelAnswerError, bad);
    }
    assert.deepEqual(parseSensesAnswer('{"choices": [0, -1]}', list).chosen, [undefined, undefined]);
  });
});
