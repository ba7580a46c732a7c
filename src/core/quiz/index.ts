// The quiz engine: generation, answer checking and the session, pure and seeded.
export * from './types';
export { createRng, type Rng } from './rng';
export { PARAGRAPH_SEPARATOR, lessonText, paragraphStarts, locateSpan, evidenceSpan } from './lessonText';
export { generateQuiz, candidateItems, DEFAULT_QUIZ_SIZE } from './generate';
export { buildQuizSource, type QuizSource, type VocabEntry } from './source';
export { checkAnswer, checkTyped, expectedAnswer, QuizResponseError } from './check';
export { validateItem, itemProblems } from './validate';
export * from './session';
