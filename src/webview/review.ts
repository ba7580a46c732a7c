// The review webview: one due item at a time, shown in one of its own sentences. As in Anki,
// Space or Enter (or "Show answer") shows the answer first; only then do keys 1-4 and the buttons
// grade it (Again, Hard, Good, Easy). U or Ctrl+Z undoes the last grade, which brings its card back.
// Posts `ready` first; the host answers with the first card and posts the next after each grade.
// Listening: the speakers (or S, Shift+S) read the word and its sentence aloud (./speech.ts).
import './l10nSetup'; // first: the interface language's messages
import * as l10n from '@vscode/l10n';
import type { HostToReview, ReviewToHost } from '../protocol';
import type { ReviewCardView, ReviewProgress } from '../core/progress/views';
import type { Grade } from '../core/srs/scheduler';
import type { Upos } from '../core/text/types';
import { el, withElement } from './dom';
import { posInWords } from './grammarWords';
import { yoursBadge } from './ownGloss';
import { isTyping, Speech, speakButton, speechHint } from './speech';
import { isSingular } from './uiLocale';
import { hostApi, onHostMessage } from './vscodeApi';

const GRADE_BUTTONS: { grade: Grade; label: () => string; key: string }[] = [
  { grade: 'again', label: () => l10n.t('Again'), key: '1' },
  { grade: 'hard', label: () => l10n.t('Hard'), key: '2' },
  { grade: 'good', label: () => l10n.t('Good'), key: '3' },
  { grade: 'easy', label: () => l10n.t('Easy'), key: '4' },
];
const NBSP = '\u00a0';

const api = hostApi<ReviewToHost, undefined>();
const post = (message: ReviewToHost): void => api.postMessage(message);

const app = document.getElementById('app') ?? document.body.appendChild(el('div', { attrs: { id: 'app' } }));
const counts = el('p', { class: 'review-counts', attrs: { 'aria-live': 'polite' } });
// Disabled until the host says this sitting has a grade to take back.
const undoButton = el('button', {
  class: 'review-undo', attrs: { type: 'button', title: l10n.t('Undo the last grade (U)'), 'aria-keyshortcuts': 'U', disabled: '' }, text: l10n.t('Undo'),
});
const stage = el('main', { class: 'review-stage' });
const speech = new Speech(document.body);
app.replaceChildren(el('header', { class: 'review-header' }, counts, undoButton), speechHint(), stage);
app.removeAttribute('aria-busy');

let current: ReviewCardView | null = null;
let revealed = false;
/** Set between posting a grade and receiving the next card, so a key held down grades once. */
let waiting = false;

undoButton.addEventListener('click', () => undo());

function undo(): void {
  if (undoButton.disabled || waiting) return;
  waiting = true;
  post({ type: 'undo' });
}

function grade(g: Grade): void {
  if (!current || !revealed || waiting) return;
  waiting = true;
  stage.classList.add('is-waiting');
  post({ type: 'grade', key: current.key, grade: g });
}

function reveal(): void {
  if (!current || revealed) return;
  revealed = true;
  stage.classList.add('is-revealed');
  stage.querySelector<HTMLElement>('.review-answer')?.removeAttribute('hidden');
  stage.querySelector<HTMLElement>('.review-show')?.setAttribute('hidden', '');
  stage.querySelector<HTMLButtonElement>('.grade-good')?.focus();
}

/** The card's sentence as written (or its word alone), for the sentence speaker. */
function sayWord(): void {
  if (current) speech.speak(current.lemma);
}

function saySentence(): void {
  if (!current) return;
  const { sentence } = current;
  speech.speak(sentence ? `${sentence.before}${sentence.form}${sentence.after}` : current.lemma);
}

function showCounts(progress: ReviewProgress): void {
  // French agrees in number (« 1 révisé », « 2 révisés »); the English words do not change.
  const { done, due, fresh } = progress;
  const parts = [
    isSingular(done) ? l10n.t({ message: '{0} reviewed', args: [done], comment: 'one item reviewed' }) : l10n.t('{0} reviewed', done),
    l10n.t('{0} due', due),
    isSingular(fresh) ? l10n.t({ message: '{0} new', args: [fresh], comment: 'one new item' }) : l10n.t('{0} new', fresh),
  ];
  counts.textContent = parts.join(' · ');
  undoButton.disabled = !progress.canUndo;
}

function renderCard(card: ReviewCardView): HTMLElement {
  const sentence = card.sentence
    ? el('p', { class: 'review-sentence', attrs: { lang: 'fr' } },
        card.sentence.before,
        card.sentence.form ? el('mark', { class: 'review-item', text: card.sentence.form }) : null,
        card.sentence.after,
        speakButton(l10n.t('Hear the sentence'), l10n.t('Hear the sentence (Shift+S)'), saySentence, 'review-speak'))
    : el('p', { class: 'review-sentence review-sentence-bare', attrs: { lang: 'fr' } }, el('mark', { class: 'review-item', text: card.lemma }));
  const answer = el('div', { class: 'review-answer', attrs: { hidden: '' } },
    el('p', { class: 'review-headword' },
      el('span', { class: 'review-lemma', attrs: { lang: 'fr' }, text: card.lemma }),
      speakButton(l10n.t('Hear « {0} »', card.lemma), l10n.t('Hear the word (S)'), sayWord, 'review-speak'),
      el('span', { class: 'review-pos', text: card.pos === 'EXPR' ? l10n.t('expression') : posInWords(card.pos as Upos) })),
    // The learner's own gloss and note first, marked as theirs; the lesson's gloss after them.
    card.own?.gloss ? el('p', { class: 'review-gloss review-own-gloss' }, yoursBadge('gloss'), ' ', el('span', { attrs: { lang: 'en' }, text: card.own.gloss })) : null,
    card.own?.note ? el('p', { class: 'review-own-note' }, yoursBadge('note'), ' ', el('span', { text: card.own.note })) : null,
    el('p', { class: card.own?.gloss ? 'review-gloss review-lesson-gloss' : 'review-gloss', text: card.gloss || l10n.t('(no gloss recorded)') }),
    el('div', { class: 'review-grades', attrs: { role: 'group', 'aria-label': l10n.t('How well did you recall it?') } },
      ...GRADE_BUTTONS.map(({ grade: g, label: labelOf, key }) => {
        const label = labelOf();
        const button = el('button', {
          class: `review-grade grade-${g}`,
          attrs: { type: 'button', 'data-grade': g, 'aria-keyshortcuts': key, title: l10n.t('{0} ({1})', label, key) },
        }, el('kbd', { text: key }), el('span', { class: 'grade-label', text: label }), el('span', { class: 'grade-interval', text: card.intervals[g] }));
        button.addEventListener('click', () => grade(g));
        return button;
      })));
  const show = el('button', { class: 'review-show', attrs: { type: 'button', 'aria-keyshortcuts': 'Space Enter' }, text: l10n.t('Show answer (Space)') });
  show.addEventListener('click', () => reveal());
  return el('article', { class: `review-card review-${card.kind}`, attrs: { 'data-key': card.key } },
    el('p', { class: 'review-kind', text: card.kind === 'new' ? l10n.t('New') : l10n.t('Review') }),
    sentence,
    el('p', { class: 'review-prompt' }, ...withElement(l10n.t('What does {0} mean here?'), el('span', { attrs: { lang: 'fr' }, text: `«${NBSP}${card.lemma}${NBSP}»` }))),
    show,
    answer,
    card.sentence ? el('p', { class: 'review-source', text: l10n.t('From {0}', card.sentence.lesson) }) : null);
}

function renderDone(progress: ReviewProgress): HTMLElement {
  return el('section', { class: 'review-done' },
    el('h1', { text: l10n.t('Nothing left to review') }),
    el('p', { text: progress.done === 0 ? l10n.t('No item is due right now.') : isSingular(progress.done) ? l10n.t('{0} item reviewed in this session.', progress.done) : l10n.t('{0} items reviewed in this session.', progress.done) }));
}

onHostMessage<HostToReview>((message) => {
  if (message.type !== 'review') return;
  if (message.speech) speech.setSettings(message.speech);
  speech.stop();
  waiting = false;
  revealed = false;
  current = message.card;
  stage.classList.remove('is-waiting', 'is-revealed');
  showCounts(message.progress);
  stage.replaceChildren(current ? renderCard(current) : renderDone(message.progress));
  stage.querySelector<HTMLButtonElement>('.review-show')?.focus();
});

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.metaKey) return;
  if ((event.key === 'z' && event.ctrlKey) || (!event.ctrlKey && (event.key === 'u' || event.key === 'U'))) {
    event.preventDefault();
    undo();
    return;
  }
  if (event.ctrlKey) return;
  if ((event.key === 's' || event.key === 'S') && speech.available && !isTyping(event)) {
    event.preventDefault();
    if (event.shiftKey) saySentence();
    else sayWord();
    return;
  }
  if (event.key === ' ' || (event.key === 'Enter' && !revealed)) {
    event.preventDefault();
    reveal();
    return;
  }
  // A grade before the answer is shown would be a guess graded blind: ignored, as in Anki.
  const button = GRADE_BUTTONS.find((b) => b.key === event.key);
  if (button && current && revealed) {
    event.preventDefault();
    grade(button.grade);
  }
});

post({ type: 'ready' });
