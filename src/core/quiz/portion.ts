// The part of a lesson a quiz draws on. A quiz asks about ten questions, and a lesson is 100–200
// words; over the largest lesson the format allows (1 MB), its generators would spend seconds on
// the editor's thread for nothing (3.4 s measured, most of it on comprehension candidates).
import type { Lesson } from '../lesson/model';

/** The most running words a quiz draws on: about fifteen lessons' worth. */
export const QUIZ_WORD_BUDGET = 3000;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The lesson itself when it is within the budget; else its first paragraphs up to the budget (at
 * least one), with the authored questions whose evidence lies there, and no translation.
 */
export function quizPortion(lesson: Lesson, budget = QUIZ_WORD_BUDGET): Lesson {
  let words = 0;
  let kept = 0;
  for (const paragraph of lesson.paragraphs) {
    const count = paragraph.text.match(WORD)?.length ?? 0;
    if (kept > 0 && words + count > budget) break;
    words += count;
    kept++;
  }
  if (kept === lesson.paragraphs.length) return lesson;
  const { translation: _omitted, ...rest } = lesson;
  return {
    ...rest,
    paragraphs: lesson.paragraphs.slice(0, kept),
    questions: lesson.questions.filter((q) => q.evidence.paragraph < kept),
  };
}
