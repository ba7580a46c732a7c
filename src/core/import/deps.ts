// The importer's dependencies from the built analysis data: the analyzer, and the lexicon that
// tells whether a repaired spelling is a French word and how frequent a word is.
import { createAnalyzer, defaultDataDir } from '../text/analyzer';
import { Lexicon } from '../text/lexicon';
import type { ImportDeps } from './importer';
import type { WordReading } from './repair';

const VERB_FORMS: Partial<Record<string, WordReading['verbForm']>> = { i: 'infinitive', k: 'participle' };

export function importDepsFromData(dataDir: string = defaultDataDir()): ImportDeps {
  const lexicon = new Lexicon(dataDir);
  const analyzer = createAnalyzer({ dataDir, lexicon });
  return {
    analyzer,
    words: {
      isKnownWord: (form) => lexicon.lookup(form).length > 0,
      rank: (form) => lexicon.rank(form),
      readings: (form) => lexicon.lookup(form).map((e) => ({ upos: e.upos, verbForm: VERB_FORMS[e.morph] ?? 'other' })),
    },
    ranks: { rank: (word) => lexicon.rank(word) },
  };
}
