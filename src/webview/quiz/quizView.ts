// A quiz session rendered into a container: one prompt at a time, instant feedback with the
// explanation and the evidence shown in the text, wrong items back once at the end, then the summary. Keyboard first: 1-9 choose
// (or number a matching row), Enter checks a typed or matched answer and moves on, Tab moves between controls;
// the hint under each item names only the keys its kind answers to. Esc belongs to the container: the
// reader's drawer puts the quiz away unfinished, to resume later (readerQuiz.ts).
// The session itself is the pure state machine of core/quiz/session.
import * as l10n from '@vscode/l10n';
import {
  answer, currentItem, next, progress, startSession, summarize, type QuizSessionState, type ReviewEntry,
} from '../../core/quiz/session';
import type { Quiz, QuizItem, QuizResponse, Span } from '../../core/quiz/types';
import { el, withElement } from '../dom';
import { itemView, type ItemView } from './itemViews';
import { richText } from './richText';
import { summaryView } from './summaryView';

/** What each kind of item asks, in the learner's words (the kinds themselves are internal names). */
function kindLabel(kind: QuizItem['kind']): string {
  switch (kind) {
    case 'comprehension': return l10n.t('Comprehension');
    case 'fr-en': return l10n.t('Meaning');
    case 'en-fr': return l10n.t('Find the French word');
    case 'cloze': return l10n.t('Fill in the blank');
    case 'collocation': return l10n.t('The word that goes with it');
    case 'match': return l10n.t('Match the pairs');
    case 'title-person': return l10n.t('Match people and titles');
    case 'reporting-verb': return l10n.t('What the verb says');
  }
}

export interface QuizViewEvents {
  /** After every change, so the host can persist the session (vscode.setState). */
  stateChanged(state: QuizSessionState): void;
  answered(item: QuizItem, response: QuizResponse, correct: boolean, retry: boolean): void;
  showEvidence(evidence: Span): void;
  finished(state: QuizSessionState): void;
  newAttempt(): void;
  close(): void;
}

export class QuizView {
  private state: QuizSessionState | undefined;
  private current: ItemView | undefined;
  private readonly root: HTMLElement;
  private focusNext: (() => void) | undefined;
  private readonly keyListener: (event: KeyboardEvent) => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: QuizViewEvents,
  ) {
    this.root = el('section', { class: 'quiz', attrs: { 'aria-label': l10n.t('Quiz') } });
    container.replaceChildren(this.root);
    // Keys count when focus is in the quiz, or nowhere in particular (the page body).
    this.keyListener = (event) => {
      const target = event.target as Node | null;
      if (target === container.ownerDocument.body || (target && container.contains(target))) this.onKey(event);
    };
    container.ownerDocument.addEventListener('keydown', this.keyListener);
  }

  /** Starts a quiz, or resumes a saved session of it. */
  start(quiz: Quiz, title: string, saved?: QuizSessionState): void {
    this.root.dataset.title = title;
    this.state = saved && saved.quiz.seed === quiz.seed && saved.quiz.lessonId === quiz.lessonId ? saved : startSession(quiz);
    this.render();
  }

  /** Removes the view and its key handling (when the reader closes the quiz). */
  dispose(): void {
    this.container.ownerDocument.removeEventListener('keydown', this.keyListener);
    this.root.remove();
  }

  get session(): QuizSessionState | undefined {
    return this.state;
  }

  private setState(state: QuizSessionState): void {
    this.state = state;
    this.events.stateChanged(state);
    this.render();
  }

  private submit(response: QuizResponse): void {
    const item = this.state && currentItem(this.state);
    if (!this.state || !item || this.state.phase !== 'question') return;
    const after = answer(this.state, response);
    const record = after.answers[after.answers.length - 1];
    this.events.answered(item, response, record?.correct ?? false, record?.retry ?? false);
    this.setState(after);
    // After every answer the evidence is shown in the text, right or wrong.
    this.events.showEvidence(item.evidence);
  }

  private advance(): void {
    if (this.state?.phase !== 'feedback') return;
    const after = next(this.state);
    this.setState(after);
    if (after.phase === 'finished') this.events.finished(after);
  }


  private onKey(event: KeyboardEvent): void {
    const state = this.state;
    if (!state || event.altKey || event.ctrlKey || event.metaKey) return;
    const inInput = event.target instanceof HTMLInputElement;
    if (state.phase === 'question' && this.current) {
      if (!inInput && /^[1-9]$/.test(event.key)) {
        event.preventDefault();
        const response = this.current.digit(Number(event.key));
        if (response !== undefined) this.submit(response);
        return;
      }
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement && event.target.classList.contains('quiz-choice'))) {
        const response = this.current.response();
        if (response !== undefined) {
          event.preventDefault();
          this.submit(response);
        }
      }
      return;
    }
    if (state.phase === 'feedback' && event.key === 'Enter' && !(event.target instanceof HTMLButtonElement && event.target.classList.contains('quiz-link'))) {
      event.preventDefault();
      this.advance();
      return;
    }
    if (state.phase === 'finished' && !inInput && (event.key === 'n' || event.key === 'N')) {
      event.preventDefault();
      this.events.newAttempt();
    }
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    if (state.phase === 'finished') {
      this.current = undefined;
      const view = summaryView(summarize(state), {
        showEvidence: (entry: ReviewEntry) => this.events.showEvidence(entry.evidence),
        newAttempt: () => this.events.newAttempt(),
        close: () => this.events.close(),
      });
      this.root.replaceChildren(view.element);
      view.focusFirst();
      return;
    }
    const item = currentItem(state);
    if (!item) return;
    const { answered, total } = progress(state);
    // During feedback the answer just given is already counted.
    const number = state.phase === 'feedback' ? answered : answered + 1;
    const earlier = state.answers.filter((a) => a.item === item.id).length - (state.phase === 'feedback' ? 1 : 0);
    const retry = earlier > 0;
    if (state.phase === 'question' || !this.current || this.root.dataset.item !== item.id) {
      this.current = itemView(item, { submit: (r) => this.submit(r) });
      this.root.dataset.item = item.id;
    }
    const header = el('header', { class: 'quiz-progress' },
      el('span', { text: l10n.t('Question {0} of {1}', number, total) }),
      retry ? el('span', { class: 'quiz-again', text: l10n.t('Second try') }) : null,
      el('span', { class: 'quiz-kind', text: kindLabel(item.kind) }));
    const card = el('div', { class: 'quiz-card', attrs: { 'data-kind': item.kind } }, writtenByMark(item), this.current.element);
    const parts: HTMLElement[] = [header, card];
    if (state.phase === 'feedback' && state.feedback) {
      const last = state.answers[state.answers.length - 1];
      if (last) this.current.reveal(last.response, last.correct);
      parts.push(this.feedback(item, state));
    } else {
      parts.push(el('p', { class: 'quiz-keys', text: this.current.keys }));
    }
    this.root.replaceChildren(...parts);
    if (state.phase === 'question') this.current.focusFirst();
    else this.focusNext?.();
  }

  private feedback(item: QuizItem, state: QuizSessionState): HTMLElement {
    const fb = state.feedback;
    if (!fb) return el('div');
    const nextButton = el('button', { class: 'quiz-button quiz-next', attrs: { type: 'button' }, text: l10n.t('Next (Enter)') });
    const show = el('button', { class: 'quiz-link', attrs: { type: 'button' }, text: l10n.t('Show in text') });
    nextButton.addEventListener('click', () => this.advance());
    show.addEventListener('click', () => this.events.showEvidence(item.evidence));
    this.focusNext = () => nextButton.focus();
    return el('div', { class: `quiz-feedback ${fb.correct ? 'is-right' : 'is-wrong'}`, attrs: { role: 'status' } },
      el('p', { class: 'quiz-verdict' },
        el('strong', { text: fb.correct ? l10n.t('Right.') : l10n.t('Not quite.') }),
        !fb.correct ? ' ' : null,
        !fb.correct ? el('span', {}, ...withElement(l10n.t('Answer: {0}'), el('span', { attrs: { lang: 'fr' }, text: fb.expected }))) : null),
      fb.correction && fb.correct ? el('p', { class: 'quiz-correction' }, ...withElement(l10n.t('Spelling: {0}'), el('span', { attrs: { lang: 'fr' }, text: fb.correction }))) : null,
      el('p', { class: 'quiz-explanation' }, ...richText(fb.explanation)),
      el('div', { class: 'quiz-actions' }, show, nextButton));
  }
}

/** Says which questions a language model wrote (the lesson file records it), so the learner can weigh them. */
function writtenByMark(item: QuizItem): HTMLElement | null {
  if (item.kind !== 'comprehension' || item.writtenBy === undefined) return null;
  return el('p', { class: 'quiz-written-by', attrs: { 'data-written-by': item.writtenBy } },
    el('span', { class: 'quiz-written-by-badge', attrs: { 'aria-hidden': 'true' }, text: l10n.t('AI') }),
    el('span', { text: l10n.t('Question written by a language model ({0}); it may be wrong.', item.writtenBy) }));
}
