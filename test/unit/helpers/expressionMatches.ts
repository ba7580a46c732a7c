import { createAnalyzer } from '../../../src/core/text/analyzer';
import type { Analysis } from '../../../src/core/text/types';
import { analysisDataDir } from './analysisData';

/** Each expression as `lemma = its parts` (the tokens it marks, gap words left out). */
export function describeMatches(analysis: Analysis): string[] {
  return analysis.expressions.map((e) => `${e.lemma} = ${e.parts.map((p) => analysis.tokens[p]!.form).join(' ')}`);
}

/** The expressions the real analyzer finds in a text with the shipped data, described as above. */
export function expressionFinder(): (text: string) => string[] {
  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  return (text) => describeMatches(analyzer.analyze(text));
}
