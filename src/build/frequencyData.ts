// Build step: writes dist/data/frequency-fr.txt, French word forms in frequency order, from the
// lists in @zxcvbn-ts/language-fr (MIT): French Wikipedia frequencies, which match the written
// register of news, and OpenSubtitles 2024 frequencies via OPUS (ODC-BY, see NOTICE) for the
// everyday words Wikipedia under-ranks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dictionary } from '@zxcvbn-ts/language-fr';
import { FREQUENCY_FILE } from '../core/text/frequency';

/** Wikipedia markup that the Wikipedia list counts as words. */
const MARKUP = new Set(['doc', 'id', 'title', 'url', 'curid', 'https', 'http', 'www', 'com', 'org', 'html']);

/** A subtitle rank counts as this many times rarer in written news than the same Wikipedia rank. */
const SPOKEN_PENALTY = 2;

export function mergeFrequencyLists(written: readonly string[], spoken: readonly string[]): string[] {
  const score = new Map<string, number>();
  const offer = (word: string, value: number) => {
    const w = word.toLowerCase();
    if (MARKUP.has(w) || !/\p{L}/u.test(w)) return;
    score.set(w, Math.min(score.get(w) ?? Infinity, value));
  };
  written.forEach((w, i) => offer(w, i + 1));
  spoken.forEach((w, i) => offer(w, (i + 1) * SPOKEN_PENALTY));
  return [...score.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export function writeFrequencyData(outDir: string): number {
  const lists = dictionary as Record<string, string[]>;
  const words = mergeFrequencyLists(lists['wikipedia-fr'] ?? [], lists['commonWords-fr'] ?? []);
  if (words.length < 30000) throw new Error(`frequency data: only ${words.length} words in @zxcvbn-ts/language-fr`);
  fs.mkdirSync(outDir, { recursive: true });
  const header = '# French word forms by frequency. Source: @zxcvbn-ts/language-fr (MIT): French Wikipedia, OpenSubtitles 2024 via OPUS (ODC-BY).\n';
  fs.writeFileSync(path.join(outDir, FREQUENCY_FILE), header + words.join('\n') + '\n');
  return words.length;
}
