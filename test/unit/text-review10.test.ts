// Engine and importer errors of blind review 10 (test/eval/quiz-review.md, « Review 10 »), each
// fixed at its class and tested through the real analyzer, repairer and shipped data.
import { strict as assert } from 'node:assert';
import { importDepsFromData } from '../../src/core/import/deps';
import { repairText, type WordChecker } from '../../src/core/import/repair';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

describe('engine and importer errors of review 10', function () {
  this.timeout(60000);
  let analyze: (text: string) => Analysis;
  let words: WordChecker;
  before(() => {
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    analyze = (text) => analyzer.analyze(text);
    words = importDepsFromData(analysisDataDir()).words;
  });
  const repaired = (text: string): { text: string; notes: string[] } => {
    const r = repairText([text], words);
    return { text: r.paragraphs[0]!, notes: r.repairs.map((n) => `${n.from} > ${n.to}`) };
  };
  const lemmasOf = (text: string): string[] => analyze(text).tokens.filter((t) => t.kind === 'word').map((t) => t.lemma);
  const expressions = (text: string): string[] => analyze(text).expressions.map((e) => e.lemma);

  describe('a quote-like mark between an elided word and a letter is its apostrophe (item 10)', () => {
    const cases: [string, string[]][] = [
      ['Il a dit : « c\u2018est à moi ».', ['ce', 'être']],
      ['C\u02bcest la fin.', ['ce', 'être']],
      ['L`enquête avance.', ['le', 'enquête']],
      ['Il n\u00b4a rien dit.', ['ne', 'avoir']],
      ['Il faut qu\u2032il parte.', ['que', 'il']],
      ['Il attend jusqu\u2018au soir.', ['jusque', 'à']],
    ];
    for (const [text, lemmas] of cases) {
      it(`« ${text} » reads ${lemmas.join(' + ')}`, () => {
        const all = lemmasOf(text);
        const at = all.indexOf(lemmas[0]!);
        assert.ok(at >= 0, all.join(' '));
        assert.deepEqual(all.slice(at, at + lemmas.length), lemmas, all.join(' '));
      });
    }
    it('a quoted word keeps its quotation marks: « le mot ‘est’ » is no elision', () => {
      const tokens = analyze('Il écrit le mot \u2018est\u2019 au tableau.').tokens.map((t) => t.form);
      assert.ok(tokens.includes('\u2018'), tokens.join('|'));
    });
  });

  describe('à + infinitive after a verb that takes à is its complement, not à venir = upcoming (item 13)', () => {
    const literal = [
      'Le ministre a présenté ses excuses pour avoir tardé à venir.',
      'Les secours commencent à venir en aide aux sinistrés.',
      'Il a réussi à venir malgré la grève.',
      'Les renforts tardent encore à venir.',
      'Elle a du mal à venir le lundi.',
    ];
    for (const text of literal) {
      it(`« ${text} » has no à venir`, () => assert.ok(!expressions(text).includes('à venir'), expressions(text).join(' | ')));
    }
    const phrase = ['Les mois à venir seront décisifs.', 'Les semaines à venir seront difficiles.', 'Le pire est à venir.'];
    for (const text of phrase) {
      it(`« ${text} » keeps à venir`, () => assert.ok(expressions(text).includes('à venir'), expressions(text).join(' | ')));
    }
  });

  describe('the importer writes the apostrophe for a quote-like mark and notes it (item 10)', () => {
    it('« c‘est à moi » becomes « c’est à moi », noted', () => {
      assert.deepEqual(repaired('« Tout c\u2018est à moi », dit-il.'), { text: '« Tout c’est à moi », dit-il.', notes: ['c\u2018 > c’'] });
    });
    it('l`enquête, qu´il, jusqu′au become l’enquête, qu’il, jusqu’au', () => {
      assert.equal(repaired('L`enquête dit qu\u00b4il attend jusqu\u2032au soir.').text, 'L’enquête dit qu’il attend jusqu’au soir.');
    });
    it('quotation marks around a word stay: « le mot ‘est’ », ‘Le Monde’', () => {
      for (const text of ['Il écrit le mot \u2018est\u2019 au tableau.', 'Selon \u2018Le Monde\u2019, il part.']) assert.deepEqual(repaired(text), { text, notes: [] });
    });
  });

  describe('« et demi » after a feminine noun is repaired to « et demie » (item 11)', () => {
    const cases: [string, string][] = [
      ['La réunion a duré 1 heure et demi.', 'La réunion a duré 1 heure et demie.'],
      ['Il y a deux semaines et demi, il est parti.', 'Il y a deux semaines et demie, il est parti.'],
      ['Après trois années et demi de travaux.', 'Après trois années et demie de travaux.'],
    ];
    for (const [text, expected] of cases) {
      it(`« ${text} »`, () => {
        const r = repaired(text);
        assert.equal(r.text, expected);
        assert.deepEqual(r.notes, ['demi > demie']);
      });
    }
    for (const text of ['Il a attendu deux ans et demi.', 'Il est midi et demi.', 'Une heure et demie a suffi.', 'Une heure et demi-tarif.']) {
      it(`« ${text} » stays`, () => assert.deepEqual(repaired(text), { text, notes: [] }));
    }
  });

  describe('an election round after a possessive is a lap or turn (item 92)', () => {
    for (const text of ['Elle va commencer son premier tour entre les anneaux.', 'Les coureurs ont bouclé leur premier tour en dix minutes.']) {
      it(`« ${text} » has no premier tour`, () => assert.ok(!expressions(text).includes('premier tour'), expressions(text).join(' | ')));
    }
    for (const text of ['Le premier tour de l’élection aura lieu dimanche.', 'Il est arrivé en tête au premier tour.']) {
      it(`« ${text} » keeps premier tour`, () => assert.ok(expressions(text).includes('premier tour'), expressions(text).join(' | ')));
    }
  });
});
