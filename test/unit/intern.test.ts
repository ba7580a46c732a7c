// intern() gives the engine's canonical copy of a string: it must never change what the string
// says, whatever the string, and must leave the string it was given as it was.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intern, internAll } from '../../src/core/text/intern';

describe('intern: canonical strings for the analyzer', () => {
  it('returns the same text for any string, the names an object treats apart included', () => {
    for (const s of ['', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '12', '-0', '4294967295', '1e3', 'être', "aujourd'hui", 'œuvre', '\u0000', 'a\uD800']) {
      assert.equal(intern(s), s, JSON.stringify(s));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => intern(s) === s));
  });

  it('gives one answer for equal strings cut from different texts', () => {
    const a = 'la tâche de'.slice(3, 8);
    const b = 'une tâche'.slice(4);
    assert.equal(intern(a), intern(b));
    assert.equal(intern(a), 'tâche');
  });

  it('keeps an empty list as it is and copies a list of keys', () => {
    const none: string[] = [];
    assert.equal(internAll(none), none);
    const keys = ['relation', 'relations'];
    const out = internAll(keys);
    assert.notEqual(out, keys);
    assert.deepEqual(out, keys);
  });
});
