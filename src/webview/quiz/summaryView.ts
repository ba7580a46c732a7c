// The end of a quiz: the score, what came right after a second try, and what to review,
// each with a way back to its evidence in the text.
import type { QuizSummary, ReviewEntry } from '../../core/quiz/session';
import { el } from '../dom';

export interface SummaryEvents {
  showEvidence(entry: ReviewEntry): void;
  newAttempt(): void;
  close(): void;
}

export function summaryView(summary: QuizSummary, events: SummaryEvents): { element: HTMLElement; focusFirst(): void } {
  const again = el('button', { class: 'quiz-button', attrs: { type: 'button' }, text: 'New attempt (N)' });
  const close = el('button', { class: 'quiz-button', attrs: { type: 'button' }, text: 'Close (Esc)' });
  again.addEventListener('click', () => events.newAttempt());
  close.addEventListener('click', () => events.close());
  const review = summary.review.map((entry) => {
    const show = el('button', { class: 'quiz-link', attrs: { type: 'button' }, text: 'Show in text' });
    show.addEventListener('click', () => events.showEvidence(entry));
    return el('li', { class: 'quiz-review-item' },
      el('span', { class: 'quiz-review-prompt', attrs: { lang: 'fr' }, text: entry.prompt }),
      el('span', { class: 'quiz-review-answer', attrs: { lang: 'fr' }, text: entry.expected }),
      show);
  });
  const element = el('section', { class: 'quiz-summary', attrs: { 'aria-labelledby': 'quiz-summary-title' } },
    el('h2', { attrs: { id: 'quiz-summary-title' }, text: summary.abandoned ? 'Quiz stopped' : 'Quiz done' }),
    el('p', { class: 'quiz-score' },
      // English typography in the English UI: 40%, not the French 40 %.
      el('strong', { class: 'quiz-score-value', text: `${summary.score}%` }),
      ` ${summary.firstTry} of ${summary.total} right on the first try`,
      summary.afterRetry ? `, ${summary.afterRetry} more the second time` : '',
      '.'),
    review.length
      ? el('div', { class: 'quiz-review' }, el('h3', { text: 'To review' }), el('ol', { attrs: { role: 'list' } }, ...review))
      : el('p', { class: 'quiz-review-none', text: 'Nothing to review.' }),
    el('div', { class: 'quiz-actions' }, again, close),
  );
  return { element, focusFirst: () => again.focus() };
}
