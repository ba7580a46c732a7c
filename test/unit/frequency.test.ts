import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { mergeFrequencyLists } from '../../src/build/frequencyData';
import { frequencyListFrom, loadFrequencyList } from '../../src/core/text/frequency';

describe('frequency ranks', () => {
  it('merges the written and spoken lists, written ranks first, markup and numbers dropped', () => {
    assert.deepEqual(mergeFrequencyLists(['la', 'doc', 'État', '1990', 'traité'], ['je', 'la', 'salut']), ['la', 'je', 'état', 'traité', 'salut']);
  });

  it('looks ranks up case-insensitively, the first occurrence winning', () => {
    const list = frequencyListFrom(['de', 'la', 'État', 'de']);
    assert.equal(list.rank('De'), 1);
    assert.equal(list.rank('état'), 3);
    assert.equal(list.rank('inconnu'), undefined);
    assert.equal(list.size, 3);
  });

  it('loads the list built into dist/data, news words ranked sensibly', () => {
    const list = loadFrequencyList(path.resolve(__dirname, '../../dist/data'));
    assert.ok(list.size > 50000);
    assert.ok(list.rank('le')! < 10);
    assert.ok(list.rank('ministre')! < list.rank('diplomatie')!);
    assert.ok(list.rank('diplomatie')! < list.rank('endiguer')!);
  });
});
