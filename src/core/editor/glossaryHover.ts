// The hover on a glossary row's French cell: how the engine reads the entry, token by token, and
// where the entry matches the text (or that it matches nothing).
import type { LessonAnalysis } from './lessonWarnings';
import type { Analyzer } from '../text/types';

export function glossaryRowHover(analysis: LessonAnalysis, fileLine: number, analyzer: Analyzer): string | undefined {
  const { lesson, parsed } = analysis;
  const entry = lesson.glossary.find((e) => (parsed.origin[e.line - 1] ?? e.line) === fileLine);
  if (!entry) return undefined;
  const tokens = analyzer.analyze(entry.headword).tokens.filter((t) => t.kind === 'word');
  const reading = tokens.map((t) => `\`${t.form}\` ${t.lemma} · ${t.upos}${t.gloss ? ` · ${t.gloss}` : ''}`);
  const paragraphs = analysis.matchesOf(entry);
  const where =
    paragraphs.length === 0
      ? 'Matches nothing in the text.'
      : `Matches the text in ${paragraphs.map((p) => `paragraph ${p + 1} (line ${parsed.origin[(lesson.paragraphs[p]?.line ?? 1) - 1] ?? '?'})`).join(', ')}.`;
  return [`**${entry.headword}** as the engine reads it:`, ...reading.map((r) => `- ${r}`), '', where].join('\n');
}
