import * as assert from 'node:assert/strict';
import { diagnoseAgreement } from '../../src/core/quiz/agreement';
import { checkAnswer, checkTyped, QuizResponseError } from '../../src/core/quiz/check';
import type { ClozeItem, FrEnItem, MatchItem } from '../../src/core/quiz/types';

const cloze = (answer: string, pos: ClozeItem['pos'] = 'NOUN'): ClozeItem => ({
  id: 'c', kind: 'cloze', prompt: 'Complétez', before: 'la ', after: ' primaire', blank: { start: 3, end: 3 + answer.length },
  answer, lemma: answer, pos, hint: 'task, t…', evidence: { start: 0, end: 20 }, explanation: 'Explained.', keys: [],
});

describe('quiz answer checking', () => {
  describe('typed answers and accents', () => {
    it('accepts the exact form, ignoring case, spacing and the apostrophe style', () => {
      assert.equal(checkTyped('préparatifs', '  Préparatifs ', 'x').correct, true);
      assert.equal(checkTyped("l'amitié", 'l’amitié', 'x').correct, true);
      assert.equal(checkTyped('préparatifs', 'préparatifs', 'x').correction, undefined);
    });

    it('accepts a missing accent with a visible correction naming the letter', () => {
      const r = checkTyped('préparatifs', 'preparatifs', 'x');
      assert.equal(r.correct, true);
      assert.equal(r.correction, 'préparatifs');
      assert.match(r.explanation, /«\sé\s»/);
    });

    it('accepts a wrong accent (è for é) with the correction', () => {
      const r = checkTyped('réunion', 'rèunion', 'x');
      assert.equal(r.correct, true);
      assert.equal(r.correction, 'réunion');
    });

    it('refuses « tache » for « tâche »: the accent makes another word (a stain)', () => {
      const r = checkAnswer(cloze('tâche'), 'tache');
      assert.equal(r.correct, false);
      assert.equal(r.correction, 'tâche');
      assert.match(r.explanation, /stain/);
    });

    it('refuses an unrelated word and names the expected one', () => {
      const r = checkAnswer(cloze('tâche'), 'mission');
      assert.equal(r.correct, false);
      assert.match(r.explanation, /«\stâche\s»/);
    });
  });

  describe('agreement', () => {
    it('names masculine for feminine (disposé for disposée), in plain English', () => {
      const r = checkAnswer(cloze('disposée', 'ADJ'), 'disposé');
      assert.equal(r.correct, false);
      assert.ok(
        r.explanation.startsWith('Agreement: «\u00a0disposé\u00a0» is the masculine form of «\u00a0disposée\u00a0»; here the word agrees with a feminine noun. '),
        r.explanation,
      );
    });

    it('names the masculine a feminine was given for (chinoise for chinois)', () => {
      assert.equal(diagnoseAgreement('chinois', 'chinoise', 'ADJ'),
        'Agreement: «\u00a0chinoise\u00a0» is the feminine form of «\u00a0chinois\u00a0»; here the word agrees with a masculine noun.');
      assert.equal(diagnoseAgreement('chinois', 'chinoise', 'NOUN'),
        '«\u00a0chinoise\u00a0» is the feminine form of «\u00a0chinois\u00a0»; the text has the masculine.');
    });

    it('names singular for plural on a noun (préparatif for préparatifs)', () => {
      const r = checkAnswer(cloze('préparatifs', 'NOUN'), 'préparatif');
      assert.equal(r.correct, false);
      assert.match(r.explanation, /^«\u00a0préparatif\u00a0» is the singular form of «\u00a0préparatifs\u00a0»; the text has the plural\. /);
    });

    it('knows the -al/-aux and -eux/-euse patterns', () => {
      assert.match(diagnoseAgreement('finaux', 'final') ?? '', /is the singular form of «\u00a0finaux\u00a0»; here the word agrees with a plural noun\.$/);
      assert.match(diagnoseAgreement('internationales', 'internationaux') ?? '', /is the masculine form of «\u00a0internationales\u00a0»; here the word agrees with a feminine noun\.$/);
      assert.match(diagnoseAgreement('prête', 'prêts') ?? '', /«\u00a0prêts\u00a0» is the masculine plural form of «\u00a0prête\u00a0»; here the word agrees with a feminine singular noun\.$/);
      assert.match(diagnoseAgreement('sérieuse', 'sérieux') ?? '', /is the masculine form of/);
    });

    it('forgives accents inside a wrong agreement (disposes for disposée)', () => {
      assert.match(diagnoseAgreement('disposée', 'disposes') ?? '', /«\u00a0disposes\u00a0» is the masculine plural form of «\u00a0disposée\u00a0»; here the word agrees with a feminine singular noun\.$/);
    });

    it('says nothing when the words are not forms of one another', () => {
      assert.equal(diagnoseAgreement('réunion', 'rencontre'), undefined);
      assert.equal(diagnoseAgreement('indiqué', 'indiquer'), undefined);
    });
  });

  describe('choice and matching', () => {
    const choice: FrEnItem = {
      id: 'f', kind: 'fr-en', term: 'endiguer', pos: 'VERB', prompt: 'Que veut dire « endiguer » ?',
      choices: ['to deepen', 'to stem', 'to uphold'], answer: 1, choiceNotes: ['« to deepen » is « approfondir ».', '', '« to uphold » is « défendre ».'],
      evidence: { start: 0, end: 8 }, explanation: '« endiguer » (verb): to stem.', keys: ['endiguer|VERB'],
    };

    it('marks the right index right, and explains what a wrong pick means', () => {
      assert.equal(checkAnswer(choice, 1).correct, true);
      const wrong = checkAnswer(choice, 0);
      assert.equal(wrong.correct, false);
      assert.equal(wrong.expected, 'to stem');
      assert.match(wrong.explanation, /«\sto deepen\s» is «\sapprofondir\s»/);
    });

    it('refuses a response of the wrong shape with a named error', () => {
      assert.throws(() => checkAnswer(choice, 'to stem'), QuizResponseError);
      assert.throws(() => checkAnswer(cloze('tâche'), 1), QuizResponseError);
    });

    it('checks every pair of a matching item and lists the ones to review', () => {
      const match: MatchItem = {
        id: 'm', kind: 'match', left: ['a', 'b', 'c'], right: ['C', 'A', 'B'], answer: [1, 2, 0],
        pairEvidence: [{ start: 0, end: 1 }, { start: 0, end: 1 }, { start: 0, end: 1 }],
        prompt: 'Associez', evidence: { start: 0, end: 1 }, explanation: 'a: A', keys: [],
      };
      assert.equal(checkAnswer(match, [1, 2, 0]).correct, true);
      const r = checkAnswer(match, [1, 0, 2]);
      assert.equal(r.correct, false);
      assert.match(r.explanation, /«\sb\s», «\sc\s»/);
    });
  });
});
