// The hover on a glossary row's French cell: how the engine reads the entry, token by token, and
// where the entry matches the text (or that it matches nothing).
import * as l10n from '@vscode/l10n';
import type { LessonAnalysis } from './lessonWarnings';
import type { Analyzer } from '../text/types';

export function glossaryRowHover(analysis: LessonAnalysis, fileLine: number, analyzer: Analyzer): string | undefined {
  const { lesson, parsed } = analysis;
  const entry = lesson.glossary.find((e) => (parsed.origin[e.line - 1] ?? e.line) === fileLine);
  if (!entry) return undefined;
  const tokens = analyzer.analyze(entry.headword).tokens.filter((t) => t.kind === 'word');
  const reading = tokens.map((t) => `\`${t.form}\` ${t.lemma} · ${t.upos}${t.gloss ? ` · ${t.gloss}` : ''}`);
  const paragraphs = analysis.matchesOf(entry);
  const places = paragraphs.map((p) => l10n.t('paragraph {0} (line {1})', p + 1, parsed.origin[(lesson.paragraphs[p]?.line ?? 1) - 1] ?? '?'));
  const where = paragraphs.length === 0 ? l10n.t('Matches nothing in the text.') : l10n.t('Matches the text in {0}.', places.join(', '));
  return [l10n.t('**{0}** as the engine reads it:', entry.headword), ...reading.map((r) => `- ${r}`), '', where].join('\n');
}
