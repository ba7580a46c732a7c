// Words a dispatch may hold that name an Object.prototype member (« constructor », « __proto__ »,
// « toString ») must read as plain words: a table kept in an object literal once answered them with
// a function, and its source code became the text or the gloss.
import * as assert from 'node:assert/strict';
import { importDepsFromData } from '../../src/core/import/deps';
import { importDispatch } from '../../src/core/import/importer';
import { repairText } from '../../src/core/import/repair';
import { decodeEntities } from '../../src/core/import/sourceText';
import { accentConfusion } from '../../src/core/quiz/agreement';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from './helpers/analysisData';

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

describe('words that name a member of Object.prototype', () => {
  it('an entity named like one stays as written', () => {
    for (const w of PROTOTYPE_WORDS) assert.equal(decodeEntities(`a &${w}; b`), `a &${w}; b`);
  });

  it('a typed answer spelt like one is no accent confusion', () => {
    for (const w of PROTOTYPE_WORDS) assert.equal(accentConfusion('tâche', w.toLowerCase()), undefined);
    assert.equal(accentConfusion('constructor', 'constructor'), undefined);
  });

  it('the analyzer glosses no such word, nor a hyphenated word it heads, with code', () => {
    const analyzer = createAnalyzer();
    const text = PROTOTYPE_WORDS.map((w) => `Le ${w} et le ${w}-paix sont Constructor.`).join(' ');
    for (const t of analyzer.analyze(text).tokens) {
      assert.doesNotMatch(t.gloss ?? '', /function|native code|\[object/, `${t.form}: ${t.gloss}`);
      assert.doesNotMatch(t.lemma ?? '', /function|native code/, t.form);
    }
  });

  it('the repairs leave such words as written', function () {
    this.timeout(120_000);
    const words = importDepsFromData(analysisDataDir()).words;
    const text = PROTOTYPE_WORDS.map((w) => `${w} ${w[0]!.toUpperCase()}${w.slice(1)} A ${w}.`).join(' ');
    assert.equal(repairText([text], words).paragraphs[0], text);
  });

  it('a dispatch full of them imports into lessons whose text and quizzes hold no code', async function () {
    this.timeout(120_000);
    const deps = importDepsFromData(analysisDataDir());
    const names = [...PROTOTYPE_WORDS, 'isPrototypeOf', '__defineGetter__', 'length', 'prototype', 'caller', 'bind'];
    const sentences = names.map((n) => `Le ministre ${n} a déclaré à Paris que le ${n}-paix et la ${n[0]!.toUpperCase()}${n.slice(1)} sont importants.`);
    const dispatch = `Un titre sur ${names[0]}\n\nPARIS, 3 mars (AFP) - ${sentences.join(' ')}\n\n${sentences.reverse().join(' ')}\n`;
    const series = await importDispatch(dispatch, deps, { learnerLevel: 'B1' });
    assert.ok(series.lessons.length > 0);
    assert.doesNotMatch(JSON.stringify(series), /native code|function Object|\[object Object\]/);
  });
});
