// The end of a quiz: the score, what came right after a second try, and what to review,
// each with a way back to its evidence in the text.
import * as l10n from '@vscode/l10n';
import type { QuizSummary, ReviewEntry } from '../../core/quiz/session';
import { el } from '../dom';
import { formatPercent, isSingular } from '../uiLocale';

export interface SummaryEvents {
  showEvidence(entry: ReviewEntry): void;
  newAttempt(): void;
  close(): void;
}

export function summaryView(summary: QuizSummary, events: SummaryEvents): { element: HTMLElement; focusFirst(): void } {
  const again = el('button', { class: 'quiz-button', attrs: { type: 'button' }, text: l10n.t('New attempt (N)') });
  const close = el('button', { class: 'quiz-button', attrs: { type: 'button' }, text: l10n.t('Close (Esc)') });
  again.addEventListener('click', () => events.newAttempt());
  close.addEventListener('click', () => events.close());
  const review = summary.review.map((entry) => {
    const show = el('button', { class: 'quiz-link', attrs: { type: 'button' }, text: l10n.t('Show in text') });
    show.addEventListener('click', () => events.showEvidence(entry));
    return el('li', { class: 'quiz-review-item' },
      el('span', { class: 'quiz-review-prompt', attrs: { lang: 'fr' }, text: entry.prompt }),
      el('span', { class: 'quiz-review-answer', attrs: { lang: 'fr' }, text: entry.expected }),
      show);
  });
  const element = el('section', { class: 'quiz-summary', attrs: { 'aria-labelledby': 'quiz-summary-title' } },
    el('h2', { attrs: { id: 'quiz-summary-title' }, text: summary.abandoned ? l10n.t('Quiz stopped') : l10n.t('Quiz done') }),
    el('p', { class: 'quiz-score' },
      // The interface language's typography: 40% in English, 40 % in French.
      el('strong', { class: 'quiz-score-value', text: formatPercent(summary.score / 100) }),
      ' ',
      scoreSentence(summary.firstTry, summary.total, summary.afterRetry)),
    review.length
      ? el('div', { class: 'quiz-review' }, el('h3', { text: l10n.t('To review') }), el('ol', { attrs: { role: 'list' } }, ...review))
      : el('p', { class: 'quiz-review-none', text: l10n.t('Nothing to review.') }),
    el('div', { class: 'quiz-actions' }, again, close),
  );
  return { element, focusFirst: () => again.focus() };
}

/** "8 of 10 right on the first try, 2 more the second time." French agrees with the first count (« 1 sur 3 juste »). */
function scoreSentence(firstTry: number, total: number, afterRetry: number): string {
  if (isSingular(firstTry)) {
    return afterRetry
      ? l10n.t({ message: '{0} of {1} right on the first try, {2} more the second time.', args: [firstTry, total, afterRetry], comment: 'one right' })
      : l10n.t({ message: '{0} of {1} right on the first try.', args: [firstTry, total], comment: 'one right' });
  }
  return afterRetry
    ? l10n.t('{0} of {1} right on the first try, {2} more the second time.', firstTry, total, afterRetry)
    : l10n.t('{0} of {1} right on the first try.', firstTry, total);
}
