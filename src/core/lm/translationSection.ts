// Writes a machine translation into a lesson file as its `## Translation` section: a numbered list,
// one item per French sentence, under a comment naming the model. The result is parsed again before
// it is returned, so a caller only ever writes a file that loads with exactly these sentences.
import * as l10n from '@vscode/l10n';
import { parseLesson } from '../lesson/parser';
import { machineTranslationMarker } from '../lesson/sections/translation';
import { splitSentences } from '../text/tokenizer';

/** The French sentences of a lesson, in the order and count the Translation section needs. */
export function lessonSentences(source: string, file: string): string[] {
  const lesson = parseLesson(source, file);
  return lesson.paragraphs.flatMap((p) => splitSentences(p.text).map((s) => p.text.slice(s.start, s.end)));
}

export class TranslationWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslationWriteError';
  }
}

/**
 * The lesson source with a `## Translation` section holding `sentences`, marked as the work of
 * `modelName`. Placed before `## Questions` or `## Notes` when the lesson has them, else at the end.
 * Throws TranslationWriteError when the lesson already has a translation or when the written
 * section would not read back as exactly these sentences.
 */
export function withMachineTranslation(source: string, file: string, sentences: readonly string[], modelName: string): string {
  const before = parseLesson(source, file);
  if (before.translation) throw new TranslationWriteError(l10n.t('{0} already has a translation; Dépêche does not replace it.', file));

  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const section = [
    '## Translation',
    '',
    machineTranslationMarker(modelName),
    '',
    ...sentences.map((s, i) => `${i + 1}. ${s}`),
    '',
  ];
  const lines = source.split(/\r?\n/);
  const frontMatterEnd = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  const at = lines.findIndex((l, i) => i > frontMatterEnd && /^## (Questions|Notes)[ \t]*$/.test(l));
  let result: string;
  if (at >= 0) {
    result = [...lines.slice(0, at), ...section, ...lines.slice(at)].join(newline);
  } else {
    const body = lines.join(newline).replace(/(\r?\n)*$/, '');
    result = `${body}${newline}${newline}${section.join(newline)}`;
  }

  const after = parseLesson(result, file);
  const written = after.translation?.mode === 'sentence' ? after.translation.sentences : [];
  if (written.length !== sentences.length || written.some((s, i) => s !== sentences[i])) {
    const i = written.findIndex((s, k) => s !== sentences[k]);
    throw new TranslationWriteError(l10n.t('Sentence {0} of the translation does not read back as written in Markdown; nothing was written to {1}.', i + 1, file));
  }
  return result;
}
