// "Explain this sentence": what is sent (the unit's sentence) and what is shown (plain text, cut).
import assert from 'node:assert/strict';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { ModelAnswerError } from '../../src/core/lm/errors';
import { EXPLANATION_MAX, explainRequest, readExplanation, sentenceOfUnit } from '../../src/core/lm/explainSentence';
import { testAnalyzer } from './quizInputs';

const LESSON = `---
title: Rencontre
level: B1
series: Modèle
order: 1
---

## Text

Le ministre a reçu son homologue. M. Dupont a déclaré : « Nous sommes prêts ! »

## Glossary

| French | POS | Gender | English | Note |
|---|---|---|---|---|
| homologue | NOUN | m/f | counterpart | |
`;

describe('explain this sentence', function () {
  this.timeout(60_000);

  it('sends the sentence of the word looked at, as the reader shows it', () => {
    const doc = buildReaderDocument(parseLesson(LESSON, 'rencontre.md'), testAnalyzer());
    const unit = doc.units.find((u) => u.text === 'déclaré')!;
    const sentence = sentenceOfUnit(doc, unit.id);
    assert.equal(sentence?.replace(/[\u00a0\u202f]/g, ' '), 'M. Dupont a déclaré : « Nous sommes prêts ! »');
    assert.equal(sentenceOfUnit(doc, 10_000), undefined);
    const request = explainRequest(sentence!, 'déclaré');
    assert.ok(request.endsWith(`\n\n${sentence}`));
    assert.match(request, /looking at the word « déclaré »/);
    assert.doesNotMatch(request, /homologue/, 'only the one sentence is sent');
  });

  it('shows plain text, cut at a sentence end, and refuses a refusal or an empty answer', () => {
    assert.equal(readExplanation('  It means: we are ready.\n\nThe verb  is in the passé composé.  '), 'It means: we are ready.\n\nThe verb is in the passé composé.');
    const long = 'This sentence explains. '.repeat(60);
    const shown = readExplanation(long);
    assert.ok(shown.length <= EXPLANATION_MAX && shown.endsWith('.'), shown.slice(-20));
    assert.throws(() => readExplanation("Sorry, I can't help with that."), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'refusal');
    assert.throws(() => readExplanation(' \n '), (e: unknown) => e instanceof ModelAnswerError && e.reason === 'empty');
  });
});
