// Lesson Markdown -> Lesson model (the format is specified in lessons/README.md). The file is cut
// into front matter and `##` sections with marked's lexer; each section has its own reader.
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import type { Tokens } from 'marked';
import { splitSentences } from '../text/tokenizer';
import { SECTION_NAMES, type SectionName } from './format';
import { checkLessonLimits, MAX_LESSON_CHARS } from './limits';
import { lessonMarked } from './markedInstance';
import type { Lesson } from './model';
import { ParseContext, type Block } from './sections/context';
import { readFrontMatter } from './sections/frontMatter';
import { readGlossary } from './sections/glossary';
import { readNotes } from './sections/notes';
import { readQuestions } from './sections/questions';
import { readText } from './sections/text';
import { readTranslation } from './sections/translation';
import { SourceLines } from './sourceLines';

export { LessonParseError } from './errors';


interface Section {
  line: number;
  blocks: Block[];
}

/** Parses one lesson file; throws LessonParseError naming the file and line of the first problem. */
export function parseLesson(source: string, file: string): Lesson {
  // One line-ending convention and composed accents, so offsets and matching do not depend on the editor.
  // The size limits come first: past them normalising and lexing are what is slow.
  if (source.length > MAX_LESSON_CHARS) checkLessonLimits(source, file);
  const unified = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  checkLessonLimits(unified, file);
  const text = unified.normalize('NFC');
  const lines = new SourceLines(text);
  const ctx = new ParseContext(file, lines);
  const rawLines = text.split('\n');

  const { meta, bodyStart } = readFrontMatter(ctx, rawLines);
  const sections = splitSections(ctx, rawLines, bodyStart);

  const textSection = requireSection(ctx, sections, 'Text');
  const paragraphs = readText(ctx, textSection.blocks, textSection.line);
  const glossarySection = requireSection(ctx, sections, 'Glossary');
  const glossary = readGlossary(ctx, glossarySection.blocks, glossarySection.line);

  const lesson: Lesson = { id: lessonId(file), file, meta, paragraphs, glossary, questions: [], notes: [] };
  const translation = sections.get('Translation');
  if (translation) {
    const sentences = paragraphs.reduce((n, p) => n + splitSentences(p.text).length, 0);
    lesson.translation = readTranslation(ctx, translation.blocks, translation.line, {
      paragraphs: paragraphs.length,
      sentences,
    });
  }
  const questions = sections.get('Questions');
  if (questions) lesson.questions = readQuestions(ctx, questions.blocks, questions.line, paragraphs);
  const notes = sections.get('Notes');
  if (notes) lesson.notes = readNotes(ctx, notes.blocks, notes.line, paragraphs);
  return orderKeys(lesson);
}

/** `<folder>/<file stem>`: the folder is the series folder, so ids are stable and readable. */
export function lessonId(file: string): string {
  const stem = path.basename(file).replace(/\.md$/i, '');
  const folder = path.basename(path.dirname(file));
  return folder === '' || folder === '.' ? stem : `${folder}/${stem}`;
}

function splitSections(ctx: ParseContext, rawLines: string[], bodyStart: number): Map<SectionName, Section> {
  const body = rawLines.slice(bodyStart).join('\n');
  // Offsets in the whole text: the body starts after the front matter's lines and their newlines.
  let offset = rawLines.slice(0, bodyStart).reduce((n, l) => n + l.length + 1, 0);
  const sections = new Map<SectionName, Section>();
  let current: Section | undefined;

  for (const token of lessonMarked.lexer(body)) {
    const line = ctx.lines.lineAt(offset);
    offset += token.raw.length;
    if (token.type === 'heading' && (token as Tokens.Heading).depth <= 2) {
      const heading = token as Tokens.Heading;
      const name = heading.text.trim();
      if (heading.depth === 1) {
        ctx.fail(line, l10n.t("A lesson has no level-1 heading; the title goes in the front matter and sections are {0}.", sectionList()));
      }
      if (!isSectionName(name)) {
        ctx.fail(line, l10n.t("Unknown section '## {0}'; the sections are {1}.", name, SECTION_NAMES.join(', ')));
      }
      const earlier = sections.get(name);
      if (earlier) ctx.fail(line, l10n.t("The section '## {0}' already appears on line {1}.", name, earlier.line));
      current = { line, blocks: [] };
      sections.set(name, current);
    } else if (current) {
      current.blocks.push({ token, line });
    } else if (token.type !== 'space') {
      ctx.fail(line, l10n.t('Everything after the front matter belongs to a section ({0}).', sectionList()));
    }
  }
  return sections;
}

/** `'## Text', '## Glossary', …` as an author writes them. */
function sectionList(): string {
  return `'## ${SECTION_NAMES.join("', '## ")}'`;
}

function isSectionName(name: string): name is SectionName {
  return (SECTION_NAMES as readonly string[]).includes(name);
}

function requireSection(ctx: ParseContext, sections: Map<SectionName, Section>, name: SectionName): Section {
  const section = sections.get(name);
  if (!section) ctx.fail(1, l10n.t("The lesson has no '## {0}' section, which every lesson needs.", name));
  return section;
}

/** The field order of the model, so a lesson serialises the same way every time. */
function orderKeys(lesson: Lesson): Lesson {
  const { id, file, meta, paragraphs, glossary, translation, questions, notes } = lesson;
  return { id, file, meta, paragraphs, glossary, ...(translation && { translation }), questions, notes };
}
