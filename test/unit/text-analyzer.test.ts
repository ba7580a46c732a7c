import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analysis, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';
import { SEED_DISPATCH } from './helpers/shared';

const FIXTURES = join(__dirname, '..', 'fixtures', 'analyzer');

/** form/lemma/UPOS of the tokens of a short text. */
function readings(analyzer: Analyzer, text: string): string[] {
  return analyzer.analyze(text).tokens.map((t) => `${t.form}/${t.lemma}/${t.upos}`);
}

describe('createAnalyzer', () => {
  let analyzer: Analyzer;
  let seed: Analysis;
  before(function () {
    this.timeout(120000);
    analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    seed = analyzer.analyze(readFileSync(SEED_DISPATCH, 'utf8'));
  });

  it('gives every content word of the seed dispatch its hand-checked lemma and UPOS', () => {
    const expected = readFileSync(join(FIXTURES, 'seed-content-words.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const actual = seed.tokens
      .filter((t) => ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN'].includes(t.upos))
      .map((t) => `${t.form}\t${t.lemma}\t${t.upos}`);
    assert.deepEqual(actual, expected);
  });

  it('gives every token of the seed a lemma and a UPOS, and keeps exact offsets', () => {
    for (const t of seed.tokens) {
      assert.ok(t.lemma.length > 0, t.form);
      assert.equal(seed.text.slice(t.start, t.end), t.form);
    }
    // 9 sentences, plus one false end at the damaged `Sergue?` (the importer repairs it first).
    assert.equal(seed.sentences.length, 10);
  });

  it('resolves the ambiguities that matter: était prête, la article vs pronoun, avoir AUX vs VERB', () => {
    assert.deepEqual(readings(analyzer, 'La Chine était prête à la recevoir.'), [
      'La/le/DET', 'Chine/Chine/PROPN', 'était/être/AUX', 'prête/prêt/ADJ', 'à/à/ADP', 'la/la/PRON',
      'recevoir/recevoir/VERB', '././PUNCT',
    ]);
    assert.deepEqual(readings(analyzer, 'Ils ont une rencontre et ils ont rencontré le ministre.').filter((r) => r.startsWith('ont')), [
      'ont/avoir/VERB', 'ont/avoir/AUX',
    ]);
  });

  it('reads en, que and the capitalised words that context decides', () => {
    const upos = (text: string, form: string): string => analyzer.analyze(text).tokens.find((t) => t.form === form)!.upos;
    assert.equal(upos('Il en parle souvent.', 'en'), 'PRON');
    assert.equal(upos('Il a répondu en souriant.', 'en'), 'ADP');
    assert.equal(upos('Il ne reste que deux jours.', 'que'), 'ADV');
    assert.equal(upos('Il ne dit pas que la Chine est prête.', 'que'), 'SCONJ');
    assert.equal(upos('Le président chinois Xi Jinping arrive.', 'Xi'), 'PROPN');
    assert.equal(upos('Le premier ministre arrive.', 'premier'), 'ADJ');
  });

  it('splits contractions and elisions with UD lemmas', () => {
    assert.deepEqual(readings(analyzer, "Le ministre du Commerce s'est rendu aux États-Unis."), [
      'Le/le/DET', 'ministre/ministre/NOUN', 'du/de/ADP', 'Commerce/commerce/NOUN', "s'/soi/PRON", 'est/être/AUX',
      'rendu/rendre/VERB', 'aux/à/ADP', 'États-Unis/États-Unis/PROPN', '././PUNCT',
    ]);
  });

  it('finds multi-word expressions on lemmas, through inflection and possessives', () => {
    const a = analyzer.analyze("Les chefs d'Etat ont fait des préparatifs ; pour leur part, ils s'opposent à tout.");
    const found = a.expressions.map((e) => `${e.lemma}@${a.tokens[e.first]!.form}..${a.tokens[e.last]!.form}`);
    assert.deepEqual(found, [
      "chef d'État@chefs..Etat", 'faire des préparatifs@fait..préparatifs', 'pour sa part@pour..part', "s'opposer à@s'..à",
    ]);
    const member = a.tokens.find((t) => t.form === 'préparatifs')!;
    assert.equal(a.expressions[member.expression!]!.gloss, 'to make preparations');
  });

  it('glosses content words from the authored lexicon and marks automatic glosses', () => {
    const tokens = analyzer.analyze('La coopération bilatérale et la sanctuarisation.').tokens;
    const coop = tokens.find((t) => t.form === 'coopération')!;
    assert.equal(coop.glossSource, 'core');
    assert.match(coop.gloss ?? '', /cooperation/);
    const nat = tokens.find((t) => t.form === 'sanctuarisation')!;
    assert.equal(nat.glossSource, 'auto');
    assert.equal(nat.gloss, 'sanctuarization');
  });

  it('restores the accent of a capital: Etat is the noun État', () => {
    const t = analyzer.analyze("le chef d'Etat").tokens[3]!;
    assert.deepEqual([t.lemma, t.upos], ['État', 'NOUN']);
  });

  it('never throws, and every token of any text gets a lemma, a UPOS and exact offsets (property)', () => {
    const unit = fc.constantFrom(...'aeéiouLlDdQqMm’\'-.,;:!?«» \n0123456789h/%'.split(''), 'Etat', 'jusqu\'', 'a-t-il', 'M.', 'se ', 'pour sa part', '\ud800', 'Ã©');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const a = analyzer.analyze(text);
        for (const t of a.tokens) {
          assert.equal(text.slice(t.start, t.end), t.form);
          assert.ok(t.lemma.length > 0 && t.upos.length > 0);
        }
        for (const e of a.expressions) assert.ok(e.first <= e.last && e.last < a.tokens.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on odd input and analyses empty text to nothing', () => {
    assert.deepEqual(analyzer.analyze('').tokens, []);
    for (const text of ['\ud800', '« »', '---', '19h51 04/02 3,5 % n° 12', 'Sergue? Ã©té \ufffd']) {
      const a = analyzer.analyze(text);
      for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.form);
    }
  });
});
