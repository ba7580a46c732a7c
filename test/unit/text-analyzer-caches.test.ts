// The analyzer keeps what it works out per spelling and per reading (readings, glosses, a
// participle's adjective gloss, expression keys, sense orderings, data blocks read): an analyzer
// that has read other texts first must analyse a sentence exactly as a fresh one does.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from './helpers/analysisData';

const LESSONS = join(__dirname, '..', '..', 'lessons');

/** Sentences that bring back the same spellings in other places: participles without an auxiliary, senses cued, expressions. */
const SENTENCES = [
  'Les discussions tendues ont duré trois heures ; les relations restent tendues.',
  "Il n'a plus de pouvoirs, mais il a assuré que la coopération bilatérale était équilibrée.",
  'Un compromis équilibré a été trouvé. Elle s\'est présentée aux élections, quitte à perdre.',
  'Les pays ont fait front commun et ont pris le contrôle de la ville, près de trois heures après.',
  "Les relations bilatérales, tendues depuis des mois, se sont apaisées ; les discussions tendues ont repris.",
  'Il s\'est égaré. Elle ne cesse de rappeler que le pays a joué un rôle clé.',
  // A name read through another reading first (xi, the Greek letter): its gloss is the name's all the same.
  'Before the Xi–Putin summit, the two sides met.',
];

describe('analyzer: what it keeps from earlier texts', () => {
  const dataDir = analysisDataDir();

  it('analyses each sentence as a fresh analyzer does, after the others and the shipped lessons', () => {
    const shared = createAnalyzer({ dataDir });
    const lessons = readdirSync(LESSONS, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md') && n.includes('/'));
    assert.ok(lessons.length > 0, 'the shipped lessons');
    for (const name of lessons) shared.analyze(readFileSync(join(LESSONS, name), 'utf8'));
    for (const pass of [1, 2]) {
      for (const s of SENTENCES) {
        const fresh = createAnalyzer({ dataDir }).analyze(s);
        assert.deepEqual(JSON.parse(JSON.stringify(shared.analyze(s))), JSON.parse(JSON.stringify(fresh)), `pass ${pass}: ${s}`);
      }
    }
    // All of them at once, again, as one text.
    const all = SENTENCES.join('\n');
    assert.deepEqual(JSON.parse(JSON.stringify(shared.analyze(all))), JSON.parse(JSON.stringify(createAnalyzer({ dataDir }).analyze(all))));
  });

  it('glosses a name the tag model read as a common noun first, in a fresh analyzer (« the Xi–Putin summit »)', () => {
    const xi = createAnalyzer({ dataDir }).analyze('Before the Xi–Putin summit, the two sides met.').tokens.find((t) => t.form === 'Xi');
    assert.equal(xi?.upos, 'PROPN');
    assert.match(xi?.gloss ?? '', /Xi Jinping/);
  });
});
