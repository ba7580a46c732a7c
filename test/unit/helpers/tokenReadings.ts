import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../../src/core/text/analyzer';
import type { Analysis, AnalyzedToken, Analyzer, ExpressionMatch } from '../../../src/core/text/types';
import { analysisDataDir } from './analysisData';

export interface TokenReader {
  analyze(text: string): Analysis;
  /** The nth token written `form` in the text (the test fails if there is none). */
  token(text: string, form: string, nth?: number): AnalyzedToken;
  /** That token's reading as `lemma/UPOS`. */
  reading(text: string, form: string, nth?: number): string;
  /** That token's first sense (the one chosen in context), or its whole gloss when it has one sense. */
  firstSense(text: string, form: string, nth?: number): string | undefined;
  /** The expression the first token written `form` belongs to, if any. */
  expressionOf(text: string, form: string): ExpressionMatch | undefined;
  /** Each [text, form, reading]: the token written form reads `lemma/UPOS`. */
  expectReadings(cases: ReadonlyArray<readonly [string, string, string]>): void;
  /** Each [text, form, sense]: the first sense of the token written form matches sense. */
  expectSenses(cases: ReadonlyArray<readonly [string, string, RegExp]>): void;
  /** Each [text, form, lemma]: the token written form belongs to the expression lemma. */
  expectExpressions(cases: ReadonlyArray<readonly [string, string, string]>): void;
}

/**
 * Readings of single tokens through the real analyzer and the shipped data, created at its first use
 * (inside a test, under the test's timeout) so that a describe block can take the reader at its top.
 */
export function tokenReader(): TokenReader {
  let analyzer: Analyzer | undefined;
  const analyze = (text: string): Analysis => (analyzer ??= createAnalyzer({ dataDir: analysisDataDir() })).analyze(text);
  const token = (text: string, form: string, nth = 0): AnalyzedToken => {
    const t = analyze(text).tokens.filter((x) => x.form === form)[nth];
    assert.ok(t, `${form} in « ${text} »`);
    return t;
  };
  const expressionOf = (text: string, form: string): ExpressionMatch | undefined => {
    const a = analyze(text);
    const t = a.tokens.find((x) => x.form === form);
    assert.ok(t, `${form} in « ${text} »`);
    return t.expression === undefined ? undefined : a.expressions[t.expression];
  };
  const firstSense = (text: string, form: string, nth = 0): string | undefined => {
    const t = token(text, form, nth);
    return t.senses?.[0] ?? t.gloss;
  };
  const reading = (text: string, form: string, nth = 0): string => {
    const t = token(text, form, nth);
    return `${t.lemma}/${t.upos}`;
  };
  return {
    analyze, token, firstSense, expressionOf, reading,
    expectReadings: (cases) => { for (const [text, form, want] of cases) assert.equal(reading(text, form), want, `${form} in « ${text} »`); },
    expectSenses: (cases) => { for (const [text, form, sense] of cases) assert.match(firstSense(text, form) ?? '', sense, `${form} in « ${text} »`); },
    expectExpressions: (cases) => { for (const [text, form, lemma] of cases) assert.equal(expressionOf(text, form)?.lemma, lemma, `${form} in « ${text} »`); },
  };
}
