// An analyzer that remembers its last analyses by text: while a lesson is edited, only the paragraph
// being typed in is analysed again. Analyses are treated as read-only by their users.
import type { Analysis, Analyzer } from '../text/types';

export function memoAnalyzer(analyzer: Analyzer, capacity = 4000): Analyzer {
  const cache = new Map<string, Analysis>();
  return {
    analyze(text) {
      const hit = cache.get(text);
      if (hit) {
        // Most recently used last, so the oldest go first.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const analysis = analyzer.analyze(text);
      cache.set(text, analysis);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return analysis;
    },
  };
}
