// Vocabulary items and their distractors, on real lessons: same part of speech, no synonym,
// no repeat; cloze, collocation, matching, titles and reporting verbs.
import * as assert from 'node:assert/strict';
import { glossesOverlap, interchangeable, pickDistractors } from '../../src/core/quiz/distractors';
import { findEntities } from '../../src/core/quiz/entities';
import { collocationItems } from '../../src/core/quiz/generators/collocation';
import { titlePersonItems } from '../../src/core/quiz/generators/names';
import { reportingVerbItems } from '../../src/core/quiz/generators/reportingVerb';
import { clozeItems, enFrItems, frEnItems, matchItems, meaning } from '../../src/core/quiz/generators/vocabulary';
import { fold } from '../../src/core/quiz/french';
import { REPORTING_VERBS } from '../../src/core/quiz/reporting';
import { createRng } from '../../src/core/quiz/rng';
import { buildQuizSource, type QuizSource, type VocabEntry } from '../../src/core/quiz/source';
import { FIXTURE_SOMMET, loadQuizInputs, SEED_FULL_TEXT } from './quizInputs';

function sourceOf(file: string): QuizSource {
  const { lesson, doc, analysis } = loadQuizInputs(file);
  return buildQuizSource(lesson, doc, analysis);
}

function entry(lemma: string, pos: VocabEntry['pos'], gloss: string, band = 1): VocabEntry {
  return {
    key: `${lemma}|${pos}`, lemma, pos, gloss, senses: gloss.split(';').map((s) => s.trim()), multiword: false,
    origin: 'lesson', band, settled: true, occurrences: [{ surface: lemma, span: { start: 0, end: 1 }, sentence: { start: 0, end: 1 } }],
  };
}

describe('quiz vocabulary', () => {
  const seed = sourceOf(SEED_FULL_TEXT);
  const sommet = sourceOf(FIXTURE_SOMMET);
  const byKey = (s: QuizSource): Map<string, VocabEntry> => new Map(s.vocab.map((e) => [e.key, e]));

  describe('distractors', () => {
    it('treats shared senses and shared main words as synonyms', () => {
      assert.ok(glossesOverlap(['meeting; encounter'], ['meeting']));
      assert.ok(glossesOverlap(['to make preparations'], ['preparations; arrangements']));
      assert.ok(glossesOverlap(['the two countries; both countries'], ['country']));
      assert.ok(!glossesOverlap(['to deepen'], ['to uphold; to defend']));
    });

    it('keeps the part of speech, prefers the same frequency band, and never repeats', () => {
      const target = entry('réunion', 'NOUN', 'meeting', 1);
      const pool = [
        target,
        entry('rencontre', 'NOUN', 'meeting; encounter', 1),
        entry('sommet', 'NOUN', 'summit', 1),
        entry('aide', 'NOUN', 'aid; help', 1),
        entry('défense', 'NOUN', 'defence', 1),
        entry('livraison', 'NOUN', 'delivery', 3),
        entry('approfondir', 'VERB', 'to deepen', 1),
        entry('sommet', 'NOUN', 'summit', 1),
      ];
      for (let s = 0; s < 20; s++) {
        const picked = pickDistractors(target, pool, 3, createRng(s), (e) => e.senses[0] as string);
        assert.equal(picked.length, 3);
        assert.deepEqual([...picked.map((p) => p.lemma)].sort(), ['aide', 'défense', 'sommet'], 'same band first, no synonym, no verb, no repeat');
      }
    });

    it('on the seed dispatch: no choice is a synonym of the answer, every choice shares its part of speech', () => {
      const keys = byKey(seed);
      const byLemma = new Map(seed.vocab.map((e) => [e.lemma, e]));
      const byGloss = new Map(seed.vocab.map((e) => [fold(meaning(e)), e]));
      for (let s = 0; s < 5; s++) {
        for (const item of frEnItems(seed, createRng(s))) {
          const target = keys.get(item.keys[0] as string) as VocabEntry;
          item.choices.forEach((c, i) => {
            if (i === item.answer) return;
            const other = byGloss.get(fold(c));
            assert.ok(other, `choice ${c} is not a gloss of the lesson`);
            assert.equal(other.pos, target.pos);
            assert.ok(!interchangeable(other, target), `${c} / ${target.lemma}`);
          });
        }
        for (const item of enFrItems(seed, createRng(s))) {
          const target = keys.get(item.keys[0] as string) as VocabEntry;
          item.choices.forEach((c, i) => {
            if (i === item.answer) return;
            const other = byLemma.get(c) as VocabEntry;
            assert.equal(other.pos, target.pos);
            assert.ok(!interchangeable(other, target));
          });
        }
      }
    });
  });

  it('fr-en and en-fr: the right answer is the entry, notes say what the wrong ones mean', () => {
    const item = frEnItems(sommet, createRng(1)).find((i) => i.term === 'approfondir');
    assert.ok(item);
    assert.equal(item.choices[item.answer], 'to deepen');
    item.choiceNotes?.forEach((n, i) => (i === item.answer ? assert.equal(n, '') : assert.match(n, /^«\u00a0.+\u00a0» is «\u00a0.+\u00a0»\.$/)));
    const back = enFrItems(sommet, createRng(1)).find((i) => i.gloss === 'to deepen');
    assert.ok(back);
    assert.equal(back.choices[back.answer], 'approfondir');
    assert.match(back.prompt, /^Quel mot du texte veut dire «\u00a0to deepen\u00a0»\u202f\?$/);
  });

  it('cloze: the blank is the word of the lesson sentence, with the gloss as hint', () => {
    const items = clozeItems(seed);
    assert.ok(items.length > 10);
    for (const item of items) {
      assert.equal(seed.text.slice(item.blank.start, item.blank.end), item.answer);
      const sentence = seed.text.slice(item.evidence.start, item.evidence.end);
      assert.ok(sentence.includes(item.answer));
      assert.ok(item.prompt.includes('_____'));
      assert.ok(!item.prompt.replace('_____', '').includes(` ${item.answer} `) || sentence.split(item.answer).length > 2);
    }
    const finaux = items.find((i) => i.answer === 'finaux');
    assert.ok(finaux, 'the plural « finaux » is asked for in context');
    assert.match(finaux.explanation, /«\u00a0finaux\u00a0», the form of «\u00a0final\u00a0»/);
  });

  it('collocation: the word an expression governs (s\'opposer ___ -> à); never a bare article (approfondir ___ amitié)', () => {
    const items = collocationItems(seed, createRng(1));
    const opposer = items.find((i) => i.collocation.startsWith("s'opposer"));
    assert.ok(opposer);
    assert.equal(opposer.choices[opposer.answer], 'à');
    assert.match(opposer.explanation, /takes «\u00a0à\u00a0»/);
    // An article after a verb is grammar (gender, elision), not the vocabulary of the lesson.
    assert.ok(!items.some((i) => /approfondir _____ amitié/u.test(i.prompt)), items.map((i) => i.prompt).join('\n'));
  });

  it('collocation: never where another choice would also be French', () => {
    const items = collocationItems(seed, createRng(1));
    const asked = items.map((i) => i.collocation);
    assert.ok(!asked.includes('former des consensus'), 'un consensus / des consensus: the noun does not tell');
    assert.ok(!asked.includes('être de'), 'était de faire / était à faire: both French');
    assert.ok(items.every((i) => !i.choices.includes('sur') || i.choices[i.answer] === 'sur'), '« travailler sur » would be French');
  });

  it('matching: five pairs, no two glosses alike', () => {
    const items = matchItems(seed, createRng(2));
    assert.ok(items.length > 0);
    const keys = byKey(seed);
    for (const item of items) {
      assert.equal(item.left.length, 5);
      assert.equal(new Set(item.right).size, 5);
      const entries = item.keys.map((k) => keys.get(k) as VocabEntry);
      for (const a of entries) for (const b of entries) if (a !== b) assert.ok(!interchangeable(a, b), `${a.lemma} / ${b.lemma}`);
      item.left.forEach((l, i) => assert.equal(item.right[item.answer[i] as number], meaning(keys.get(item.keys[i] as string) as VocabEntry), l));
    }
  });

  it('title <-> person on the seed dispatch', () => {
    const [item] = titlePersonItems(findEntities(seed), createRng(1));
    assert.ok(item);
    const pairs = Object.fromEntries(item.left.map((l, i) => [l, item.right[item.answer[i] as number]]));
    assert.deepEqual(pairs, {
      "Conseiller d'État et ministre des Affaires étrangères de la Chine": 'Wang Yi',
      'ministre russe des Affaires étrangères': 'Sergueï Lavrov',
      'président chinois': 'Xi Jinping',
      'président russe': 'Vladimir Poutine',
    });
  });

  it('reporting verbs: souligné, rappelé, démenti, each against verbs of other nuances', () => {
    const items = reportingVerbItems(sommet, createRng(3));
    assert.deepEqual(items.map((i) => i.verb), ['a souligné', 'a rappelé', 'a démenti', 'a salué']);
    for (const item of items) {
      const nuances = item.choices.map((c) => REPORTING_VERBS.find((v) => v.meaning === c)?.nuance);
      assert.equal(new Set(nuances).size, item.choices.length, 'one verb per nuance: no synonym among the choices');
      const verb = REPORTING_VERBS.find((v) => `a ${v.participle}` === item.verb);
      assert.equal(item.choices[item.answer], verb?.meaning);
    }
  });
});
