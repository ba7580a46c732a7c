// A deliberately weak Analyzer for the lesson tests: the engine's real tokenizer and sentence
// splitter, a lemmatizer that knows only the few words a test gives it (every other lemma is the
// lower-cased form), and expressions found by exact form. It shows that glossary matching does
// not depend on a good lemmatizer.
import { splitSentences, tokenize } from '../../src/core/text/tokenizer';
import type { AnalyzedToken, Analysis, Analyzer, ExpressionMatch, Upos } from '../../src/core/text/types';

export interface TestExpression {
  forms: string[];
  lemma: string;
  upos: Upos;
  gloss: string;
}

export function weakAnalyzer(
  lemmas: Record<string, string> = {},
  expressions: TestExpression[] = [],
  glosses: Record<string, string> = {},
): Analyzer {
  return {
    analyze(text: string): Analysis {
      const raw = tokenize(text);
      const tokens: AnalyzedToken[] = raw.map((t) => {
        const lower = t.form.toLowerCase();
        const gloss = glosses[lower];
        return {
          ...t,
          lemma: lemmas[lower] ?? lower,
          upos: t.kind === 'punct' ? 'PUNCT' : t.kind === 'number' ? 'NUM' : 'X',
          ...(gloss !== undefined && { gloss, glossSource: 'auto' as const }),
        };
      });
      const found: ExpressionMatch[] = [];
      for (const e of expressions) {
        for (let i = 0; i + e.forms.length <= tokens.length; i++) {
          if (e.forms.every((f, k) => tokens[i + k]?.form === f)) {
            const parts = e.forms.map((_, k) => i + k);
            found.push({ lemma: e.lemma, upos: e.upos, gloss: e.gloss, first: i, last: i + e.forms.length - 1, parts });
          }
        }
      }
      found.forEach((e, n) => {
        for (let i = e.first; i <= e.last; i++) (tokens[i] as AnalyzedToken).expression = n;
      });
      return { text, tokens, expressions: found, sentences: splitSentences(text, raw) };
    },
  };
}
