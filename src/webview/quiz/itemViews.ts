// One quiz item on screen, by kind: numbered choices, a typed blank in the lesson's sentence,
// or a matching grid. Each view renders into the card and says what the learner has answered.
import * as l10n from '@vscode/l10n';
import type { ClozeItem, MatchItem, QuizItem, QuizResponse } from '../../core/quiz/types';
import { el } from '../dom';

export interface ItemView {
  readonly element: HTMLElement;
  /** The keys this kind of item answers to, shown under it (a typed blank has no 1-9). */
  readonly keys: string;
  /** The response so far, or undefined when it is not complete. */
  response(): QuizResponse | undefined;
  /** A digit key (1-9) from the keyboard; returns the response when it completes one. */
  digit(n: number): QuizResponse | undefined;
  /** Where focus goes when the item is shown. */
  focusFirst(): void;
  /** Shows the right answer (and the learner's) once answered. */
  reveal(response: QuizResponse, correct: boolean): void;
}

export interface ItemViewEvents {
  /** A choice clicked or a complete response confirmed. */
  submit(response: QuizResponse): void;
}

export function itemView(item: QuizItem, events: ItemViewEvents): ItemView {
  switch (item.kind) {
    case 'cloze':
      return clozeView(item, events);
    case 'match':
    case 'title-person':
      return matchView(item);
    default:
      return choiceView(item.prompt, item.choices, item.answer, events);
  }
}

function choiceView(prompt: string, choices: string[], answer: number, events: ItemViewEvents): ItemView {
  const buttons = choices.map((c, i) =>
    el('button', { class: 'quiz-choice', attrs: { type: 'button', 'data-index': String(i), lang: 'fr' } },
      el('kbd', { text: String(i + 1) }), el('span', { class: 'quiz-choice-text', text: c })),
  );
  buttons.forEach((b, i) => b.addEventListener('click', () => events.submit(i)));
  const list = el('ol', { class: 'quiz-choices', attrs: { role: 'list' } }, ...buttons.map((b) => el('li', {}, b)));
  const element = el('div', { class: 'quiz-item' }, el('p', { class: 'quiz-prompt', attrs: { lang: 'fr' }, text: prompt }), list);
  return {
    element,
    keys: l10n.t('1–{0} choose · Tab move · Esc back to the text', choices.length),
    response: () => undefined,
    digit: (n) => (n >= 1 && n <= choices.length ? n - 1 : undefined),
    focusFirst: () => buttons[0]?.focus(),
    reveal(response, correct) {
      buttons.forEach((b, i) => {
        b.disabled = true;
        if (i === answer) b.classList.add('is-right');
        if (i === response && !correct) b.classList.add('is-wrong');
      });
    },
  };
}

function clozeView(item: ClozeItem, events: ItemViewEvents): ItemView {
  const input = el('input', {
    class: 'quiz-input',
    attrs: { type: 'text', lang: 'fr', autocomplete: 'off', spellcheck: 'false', 'aria-label': l10n.t('Missing word: {0}', item.hint), size: String(Math.max(8, item.answer.length + 2)) },
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && input.value.trim()) {
      event.preventDefault();
      event.stopPropagation();
      events.submit(input.value);
    }
  });
  const element = el('div', { class: 'quiz-item' },
    // l10n-exempt: French quiz prompt
    el('p', { class: 'quiz-prompt', attrs: { lang: 'fr' }, text: 'Complétez avec le mot du texte\u00a0:' }),
    el('p', { class: 'quiz-sentence', attrs: { lang: 'fr' } }, item.before, input, item.after),
    el('p', { class: 'quiz-hint', text: l10n.t('Hint: {0}', item.hint) }),
  );
  return {
    element,
    keys: l10n.t('Type the word · Enter checks · Esc back to the text'),
    response: () => (input.value.trim() ? input.value : undefined),
    digit: () => undefined,
    focusFirst: () => input.focus(),
    reveal(_response, correct) {
      input.readOnly = true;
      input.classList.add(correct ? 'is-right' : 'is-wrong');
    },
  };
}

/** Matching: each left entry takes the number of a right one; digits fill the focused row and move on. */
function matchView(item: MatchItem): ItemView {
  const chosen: (number | undefined)[] = item.left.map(() => undefined);
  let row = 0;
  const slots = item.left.map((_, i) =>
    el('button', { class: 'quiz-slot', attrs: { type: 'button', 'data-row': String(i), 'aria-label': l10n.t('Number for {0}', item.left[i] ?? '') }, text: '·' }),
  );
  const rights = item.right.map((r, j) =>
    el('button', { class: 'quiz-right', attrs: { type: 'button', 'data-index': String(j), lang: item.kind === 'match' ? 'en' : 'fr' } },
      el('kbd', { text: String(j + 1) }), el('span', { text: r })),
  );
  const update = (): void => {
    slots.forEach((s, i) => {
      const c = chosen[i];
      s.textContent = c === undefined ? '·' : String(c + 1);
      s.classList.toggle('is-current', i === row);
    });
  };
  const complete = (): number[] | undefined => (chosen.every((c) => c !== undefined) ? (chosen as number[]) : undefined);
  const assign = (j: number): QuizResponse | undefined => {
    chosen[row] = j;
    const next = chosen.findIndex((c, i) => c === undefined && i > row);
    const empty = next >= 0 ? next : chosen.findIndex((c) => c === undefined);
    if (empty >= 0) row = empty;
    update();
    slots[row]?.focus();
    return undefined;
  };
  slots.forEach((s, i) =>
    s.addEventListener('focus', () => {
      row = i;
      update();
    }),
  );
  rights.forEach((r, j) => r.addEventListener('click', () => assign(j)));
  const rows = item.left.map((l, i) => el('li', { class: 'quiz-match-row' }, el('span', { class: 'quiz-left', attrs: { lang: 'fr' }, text: l }), slots[i] as HTMLElement));
  const element = el('div', { class: 'quiz-item' },
    el('p', { class: 'quiz-prompt', attrs: { lang: 'fr' }, text: item.prompt }),
    el('div', { class: 'quiz-match' },
      el('ol', { class: 'quiz-match-left', attrs: { role: 'list' } }, ...rows),
      el('ol', { class: 'quiz-match-right', attrs: { role: 'list' } }, ...rights.map((r) => el('li', {}, r)))),
  );
  update();
  return {
    element,
    keys: l10n.t('1–{0} match the row · Enter checks · Tab next row · Esc back to the text', item.right.length),
    response: complete,
    digit: (n) => (n >= 1 && n <= item.right.length ? assign(n - 1) : undefined),
    focusFirst: () => slots[0]?.focus(),
    reveal(response) {
      const given = Array.isArray(response) ? response : [];
      slots.forEach((s, i) => {
        s.disabled = true;
        const right = given[i] === item.answer[i];
        s.classList.add(right ? 'is-right' : 'is-wrong');
        if (!right) s.textContent = `${(given[i] ?? -1) + 1} → ${(item.answer[i] ?? 0) + 1}`;
      });
      rights.forEach((r) => (r.disabled = true));
    },
  };
}
