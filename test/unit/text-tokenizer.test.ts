import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitSentences, splitSentencesAt, tokenize, tokenizeForAnalysis } from '../../src/core/text/tokenizer';
import type { Token } from '../../src/core/text/types';
import { SEED_DISPATCH } from './helpers/shared';

const FIXTURES = join(__dirname, '..', 'fixtures', 'tokenizer');

/** The tokens with the text between them, which must give back the input. */
function rebuild(text: string, tokens: Token[]): string {
  let out = '';
  let pos = 0;
  for (const t of tokens) {
    out += text.slice(pos, t.start) + t.form;
    pos = t.end;
  }
  return out + text.slice(pos);
}

describe('tokenize: fixture pairs', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8').replace(/\n$/, '');
      const expected = readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.tokens')), 'utf8').trim().split('\n');
      assert.deepEqual(tokenize(text).map((t) => t.form), expected);
    });
  }
});

describe('tokenize: details', () => {
  it('gives exact offsets: text.slice(start, end) is the form', () => {
    const text = 'Il a rencontré M. Lavrov à 19h51.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.form);
  });

  it('keeps decomposed accents inside the word they belong to', () => {
    const text = 'le ministre a été reçu'.normalize('NFD');
    assert.deepEqual(tokenize(text).map((t) => t.form.normalize('NFC')), ['le', 'ministre', 'a', 'été', 'reçu']);
  });

  it('treats non-breaking and narrow non-breaking spaces as spaces', () => {
    const text = '«\u00a0Oui\u202f» : non\u00a0!';
    assert.deepEqual(tokenize(text).map((t) => t.form), ['«', 'Oui', '»', ':', 'non', '!']);
  });

  it('marks kinds: words, numbers, punctuation, symbols', () => {
    const kinds = tokenize('Le 04/02, 3 % de plus.').map((t) => `${t.form}:${t.kind}`);
    assert.deepEqual(kinds, ['Le:word', '04/02:number', ',:punct', '3:number', '%:punct', 'de:word', 'plus:word', '.:punct']);
  });

  it('splits the elided article in front of a hyphenated compound', () => {
    assert.deepEqual(tokenize("l'Arabie-Saoudite").map((t) => t.form), ["l'", 'Arabie-Saoudite']);
  });

  it('keeps hyphenated names and compounds whole when no pronoun follows', () => {
    for (const w of ['Jean-Claude', 'sud-est', 'peut-être', 'porte-parole', 'Royaume-Uni', 'au-delà']) {
      assert.deepEqual(tokenize(w).map((t) => t.form), [w]);
    }
  });

  it('round-trips the seed dispatch and finds its 19h51 and 04/02', () => {
    const text = readFileSync(SEED_DISPATCH, 'utf8');
    const tokens = tokenize(text);
    assert.equal(rebuild(text, tokens), text);
    const forms = tokens.map((t) => t.form);
    assert.ok(forms.includes('19h51') && forms.includes('04/02'));
    assert.ok(forms.includes("d'") && forms.includes('Etat'));
  });

  it('gives a long text the tokens its parts have alone, across the scan\'s chunks of 8,192 tokens', () => {
    // « la bombe H. La Corée »: whether the stop after H ends the sentence (H not an initial) depends
    // on the token before it, here the last of the first chunk.
    const sentence = "L'essai de la bombe H. La Corée du Sud a protesté.";
    const own = tokenize(sentence);
    const letter = own.findIndex((t) => t.form === 'H');
    assert.equal(own[letter + 1]!.form, '.');
    const filler = 'mot '.repeat(8192 - letter);
    const text = filler + sentence + ' ' + sentence.repeat(2);
    const tokens = tokenize(text);
    assert.equal(tokens[8192]!.form, 'H');
    assert.equal(tokens[8193]!.form, '.');
    assert.deepEqual(tokens.slice(0, 8192 - letter), tokenize(filler));
    assert.deepEqual(
      tokens.slice(8192 - letter, 8192 - letter + own.length),
      own.map((t) => ({ ...t, start: t.start + filler.length, end: t.end + filler.length })),
    );
    assert.equal(rebuild(text, tokens), text);
  });
});

describe('splitSentences', () => {
  it('splits at full stops before a capital but not after M. or Mme', () => {
    const text = 'M. Wang a parlé. Mme Dupont aussi ! « Et après ? » Rien.';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['M. Wang a parlé.', 'Mme Dupont aussi !', '« Et après ? »', 'Rien.']);
  });

  it('always splits at a line break', () => {
    const text = 'Dernière mise à jour à 19h51 le 04/02\nLe Conseiller a parlé';
    assert.equal(splitSentences(text).length, 2);
  });

  it('does not split inside a decimal number or after a lower-case word', () => {
    const text = 'La hausse est de 0,6 % cette année. elle continue';
    assert.equal(splitSentences(text).length, 1);
  });
});

describe('tokenize: properties', () => {
  const frenchish = fc.string({
    unit: fc.constantFrom(...'aeéèêiouyàçœlLdDqnjmtcs-’\'.,;:!?«»"()0123456789 \u00a0\u202f\nhH/%@°'.split(''), 'jusqu\'', 'M.', 'a-t-il', '\u0301', '\ud800'),
    maxLength: 80,
  });

  it('never throws and always round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(frenchish, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const tokens = tokenize(text);
        assert.equal(rebuild(text, tokens), text);
      }),
      { numRuns: 400 },
    );
  });

  it('tokenizeForAnalysis gives the same tokens as plain objects, every analysed property in order', () => {
    // Its tokens are built by a constructor (speed: see PlainAnalyzedToken); they must stay plain
    // objects equal to the literal they replace.
    fc.assert(
      fc.property(frenchish, (text) => {
        const analysed = tokenizeForAnalysis(text);
        const expected = tokenize(text).map(({ form, start, end, kind }) => ({
          form, start, end, kind, lemma: '', upos: 'X', gender: undefined, gloss: undefined, glossSource: undefined, senses: undefined, expression: undefined,
        }));
        assert.deepStrictEqual(analysed, expected);
        for (const t of analysed) {
          assert.equal(Object.getPrototypeOf(t), Object.prototype);
          assert.deepEqual(Object.keys(t), Object.keys(expected[0]!));
          assert.deepStrictEqual({ ...t }, t);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splitSentencesAt gives each sentence\'s last token, and the sentences cover the tokens in order', () => {
    // The analyzer walks the sentences by these indices alone.
    fc.assert(
      fc.property(frenchish, (text) => {
        const tokens = tokenize(text);
        const lastTokens: number[] = [];
        const sentences = splitSentencesAt(text, tokens, lastTokens);
        assert.deepStrictEqual(sentences, splitSentences(text, tokens));
        assert.equal(lastTokens.length, sentences.length);
        let first = 0;
        sentences.forEach((s, k) => {
          const last = lastTokens[k]!;
          assert.ok(last >= first, `sentence ${k} has no token`);
          assert.equal(tokens[first]!.start, s.start);
          assert.equal(tokens[last]!.end, s.end);
          first = last + 1;
        });
        assert.equal(first, tokens.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives non-empty tokens with monotone offsets and only spaces between them', () => {
    fc.assert(
      fc.property(frenchish, (text) => {
        let pos = 0;
        for (const t of tokenize(text)) {
          assert.ok(t.start >= pos && t.end > t.start);
          assert.equal(text.slice(t.start, t.end), t.form);
          assert.match(text.slice(pos, t.start), /^\s*$/u);
          pos = t.end;
        }
        assert.match(text.slice(pos), /^\s*$/u);
      }),
      { numRuns: 400 },
    );
  });

  it('sentences are ordered, disjoint and cover every token', () => {
    fc.assert(
      fc.property(frenchish, (text) => {
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        let pos = 0;
        for (const s of sentences) {
          assert.ok(s.start >= pos && s.end > s.start);
          pos = s.end;
        }
        for (const t of tokens) assert.ok(sentences.some((s) => s.start <= t.start && t.end <= s.end));
      }),
      { numRuns: 300 },
    );
  });
});
