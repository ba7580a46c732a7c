// A character lost in transmission stays inside its word for the tokenizer (Jean-No?l is one
// token, not "Jean-No" + "?" + "l"), while real question marks still split off and end sentences.
import { strict as assert } from 'node:assert';
import { splitSentences, tokenize } from '../../src/core/text/tokenizer';

const forms = (text: string): string[] => tokenize(text).map((t) => t.form);

describe('tokenizer: lost characters inside words', () => {
  it('keeps letter + ? + letter as one word, in names and after an elision', () => {
    assert.deepEqual(forms('Selon Jean-No?l Barrot'), ['Selon', 'Jean-No?l', 'Barrot']);
    assert.deepEqual(forms("l'?lection de la r?union"), ["l'", '?lection', 'de', 'la', 'r?union']);
    assert.deepEqual(forms('Jean-No\uFFFDl et r\uFFFDunion'), ['Jean-No\uFFFDl', 'et', 'r\uFFFDunion']);
    assert.equal(splitSentences('Jean-No?l Barrot a parlé.').length, 1);
  });

  it('still splits a real question mark: « quoi ? », quoi?, between sentences', () => {
    assert.deepEqual(forms('Et quoi ? Rien.'), ['Et', 'quoi', '?', 'Rien', '.']);
    assert.deepEqual(forms('Pourquoi? Parce que.'), ['Pourquoi', '?', 'Parce', 'que', '.']);
    assert.deepEqual(forms('Rien?Non.'), ['Rien', '?', 'Non', '.']);
    assert.equal(splitSentences('Pourquoi? Parce que. Et quoi ? Rien?').length, 4);
  });
});
