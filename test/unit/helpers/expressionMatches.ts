import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../../src/core/text/analyzer';
import type { Analysis, Analyzer } from '../../../src/core/text/types';
import { analysisDataDir } from './analysisData';

/** Each expression as `lemma = its parts` (the tokens it marks, gap words left out). */
export function describeMatches(analysis: Analysis): string[] {
  return analysis.expressions.map((e) => `${e.lemma} = ${e.parts.map((p) => analysis.tokens[p]!.form).join(' ')}`);
}

export interface ExpressionProbe {
  analyze(text: string): Analysis;
  /** The expressions found, as `lemma = its parts`. */
  found(text: string): string[];
  /** The lemmas of the expressions found. */
  lemmas(text: string): string[];
}

/**
 * The real analyzer with the shipped data, created at its first use (inside a test, under the test's
 * timeout) so that a describe block can take the probe at its top.
 */
export function expressionProbe(): ExpressionProbe {
  let analyzer: Analyzer | undefined;
  const analyze = (text: string): Analysis => (analyzer ??= createAnalyzer({ dataDir: analysisDataDir() })).analyze(text);
  return {
    analyze,
    found: (text) => describeMatches(analyze(text)),
    lemmas: (text) => analyze(text).expressions.map((e) => e.lemma),
  };
}

/** The expressions the real analyzer finds in a text with the shipped data, as `lemma = its parts`. */
export function expressionFinder(): (text: string) => string[] {
  return expressionProbe().found;
}

/**
 * Checks each sentence against the match it must give (`lemma = parts`), or `!lemma` for a lemma it
 * must not give; fails once, listing every sentence that went wrong.
 */
export function expectMatches(probe: ExpressionProbe, table: ReadonlyArray<[string, string]>): void {
  const failures: string[] = [];
  for (const [sentence, want] of table) {
    const found = probe.found(sentence);
    const ok = want.startsWith('!') ? !found.some((f) => f.startsWith(`${want.slice(1)} =`)) : found.includes(want);
    if (!ok) failures.push(`${sentence} -> ${JSON.stringify(found)} (want ${want})`);
  }
  assert.deepEqual(failures, []);
}
