// Word frequency ranks for French (1 = most frequent), from the list built into dist/data at
// build time (see src/build/frequencyData.ts). Used to estimate levels and to pick distractors.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const FREQUENCY_FILE = 'frequency-fr.txt';

export interface FrequencyList {
  rank(word: string): number | undefined;
  readonly size: number;
}

/** Builds the rank lookup from the words in rank order. Lookups are case-insensitive. */
export function frequencyListFrom(wordsInRankOrder: readonly string[]): FrequencyList {
  const ranks = new Map<string, number>();
  wordsInRankOrder.forEach((w, i) => {
    const key = w.toLowerCase();
    if (!ranks.has(key)) ranks.set(key, i + 1);
  });
  return { rank: (word) => ranks.get(word.toLowerCase()), size: ranks.size };
}

/** Reads the list from a data directory (the extension's or the CLI's dist/data). */
export function loadFrequencyList(dataDir: string): FrequencyList {
  const text = fs.readFileSync(path.join(dataDir, FREQUENCY_FILE), 'utf8');
  return frequencyListFrom(text.split('\n').filter((l) => l && !l.startsWith('#')));
}
