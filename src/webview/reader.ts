// The reader webview: wires the rendering, the gloss popovers, keyboard navigation, prefs and
// view state to the host messages of src/protocol.ts. Posts `ready` first; the host answers
// with the lesson.
import * as l10n from '@vscode/l10n';
import './l10nSetup'; // first: the interface language's messages
import type { HostToReader, ReaderPrefs, ReaderToHost, ReaderViewState } from '../protocol';
import { el } from './dom';
import { GlossPopovers } from './glossCard';
import { SentenceExplanations } from './explainSentence';
import { moveForKey, UnitNavigator } from './keyboardNav';
import { applyPrefs, normalizePrefs, samePrefs } from './prefs';
import { renderLesson, type RenderedLesson, type UnitView } from './render';
import { ReaderQuiz } from './readerQuiz';
import { OwnGlosses } from './ownGloss';
import { ReaderSpeech } from './readerSpeech';
import { ReaderStatuses } from './readerStatuses';
import { isWebLink } from './safeHtml';
import { ReaderToolbar } from './toolbar';
import { ViewStateKeeper } from './viewState';
import { hostApi, onHostMessage } from './vscodeApi';
import { WordDescription } from './wordDescription';

const HOVER_DELAY_MS = 120;

const api = hostApi<ReaderToHost, ReaderViewState>();
const post = (message: ReaderToHost): void => api.postMessage(message);
const keeper = new ViewStateKeeper(api, api.getState());
let prefs = normalizePrefs(keeper.saved.prefs);
let lesson: RenderedLesson | null = null;
let hoverTimer: ReturnType<typeof setTimeout> | undefined;

const app = document.getElementById('app') ?? document.body.appendChild(el('div', { attrs: { id: 'app' } }));
const toolbar = new ReaderToolbar(prefs, {
  onPrefs: (next) => setPrefs(next, true),
  onNextLesson: () => post({ type: 'nextLesson' }),
  onQuiz: () => quiz.request(),
});
const speech = new ReaderSpeech(document.body, post);
toolbar.addGroup(speech.toolbarGroup);
// The toolbar and its legend stay at the top while the text scrolls.
const bar = el('div', { class: 'reader-bar' }, toolbar.element, toolbar.legend, speech.hint);
const main = el('main', { class: 'reader' });
const help = el('p', {
  class: 'visually-hidden',
  attrs: { id: 'reader-help' },
  text: l10n.t('Arrow keys move between words, Up and Down between sentences, Enter opens the word’s gloss card and Tab goes into it, Escape closes it. In the card, 1 to 4, K and X set the word’s status; E edits your own gloss and N your note, Enter saves, Escape cancels, U undoes.'),
});
const description = new WordDescription();
// The popovers sit right after the text so that Tab goes from the text into its pinned card.
const layer = el('div', { class: 'popover-layer' });
const quiz = new ReaderQuiz(main, {
  post,
  saveSession: (session) => keeper.setQuiz(session),
  opened: () => popovers.close(),
  returnFocus: () => {
    const view = unitNav.currentUnit ?? lesson?.order[0];
    if (view) unitNav.focus(view);
  },
});
// The lesson preview's list of what it cannot show (empty and hidden in the reader).
const problems = el('div', { class: 'preview-problems', attrs: { role: 'status', hidden: '' } });
app.replaceChildren(bar, problems, main, help, description.element, quiz.element);
applyPrefs(document.body, prefs);

const unitNav = new UnitNavigator((view) => {
  describe(view);
  // Hover mode: the keyboard shows the gloss as the mouse does.
  if (prefs.mode === 'hover' && unitNav.hasFocus) popovers.showTooltip(view);
});
const statuses = new ReaderStatuses(document.body, post, () => {
  if (unitNav.currentUnit) describe(unitNav.currentUnit);
});
const explanations = new SentenceExplanations(post);
const own: OwnGlosses = new OwnGlosses(post, (): HTMLElement => popovers.card);
const popovers = new GlossPopovers(layer, {
  onPin: (view) => post({ type: 'lookup', key: view.unit.key, unit: view.unit.id }),
  onJump: (unitId) => {
    const view = lesson?.units.get(unitId);
    if (!view) return;
    unitNav.focus(view);
    view.element.scrollIntoView({ block: 'center' });
    popovers.pin(view);
  },
  onOpenNote: (noteId) => {
    const note = document.getElementById(noteId);
    if (!note) return;
    popovers.close();
    note.scrollIntoView({ block: 'start' });
    note.focus();
  },
  onClosed: (view) => unitNav.focus(view),
  cardSections: (view) => [statuses.cardSection(view), explanations.cardSection(view)],
  ownGloss: (key) => own.get(key)?.gloss || undefined,
  ownSection: (view) => own.cardSection(view),
  headControls: (view) => speech.cardControls(view),
});

function describe(view: UnitView): void {
  description.show(view, statuses.statusOf(view.unit.key), prefs.mode);
}

/** The first unit at or below the toolbar, with its offset in the viewport. */
function readingAnchor(): { element: HTMLElement; top: number } | null {
  const floor = bar.getBoundingClientRect().bottom;
  for (const view of lesson?.order ?? []) {
    const top = view.element.getBoundingClientRect().top;
    if (top >= floor) return { element: view.element, top };
  }
  return null;
}

function setPrefs(next: ReaderPrefs, fromLearner: boolean): void {
  const changed = !samePrefs(prefs, next);
  // Switching modes or sizes reflows the text: keep the line being read where it was.
  const anchor = changed && window.scrollY > 0 ? readingAnchor() : null;
  prefs = next;
  applyPrefs(document.body, prefs);
  if (anchor) window.scrollBy(0, anchor.element.getBoundingClientRect().top - anchor.top);
  toolbar.update(prefs);
  popovers.hideTooltip();
  popovers.reposition();
  if (unitNav.currentUnit) describe(unitNav.currentUnit);
  keeper.setPrefs(prefs);
  if (fromLearner && changed) post({ type: 'prefsChanged', prefs });
}

function showLesson(message: Extract<HostToReader, { type: 'lesson' }>): void {
  lesson = renderLesson(message.doc);
  popovers.setLesson(lesson);
  main.replaceChildren(lesson.article, layer, statuses.finishBar.element, ...(lesson.notes ? [lesson.notes] : []));
  unitNav.setLesson(lesson);
  statuses.setLesson(lesson);
  own.setLesson(lesson);
  speech.setLesson(lesson);
  explanations.reset();
  const { doc } = message;
  toolbar.setTranslationAvailable(
    doc.paragraphs.some((p) => p.translation !== undefined || p.sentences.some((s) => s.translation !== undefined)),
  );
  document.title = doc.meta.title;
  quiz.setLesson(doc, keeper.saved.quiz);
  setPrefs(normalizePrefs(message.prefs), false);
  app.removeAttribute('aria-busy');
  // The host's position wins; a restored panel whose host lost it falls back on our own state.
  const saved = keeper.saved;
  const scrollTop = message.scrollTop > 0 ? message.scrollTop : saved.lessonId === doc.lessonId ? saved.scrollTop : 0;
  keeper.setLesson(doc.lessonId, scrollTop, prefs);
  window.scrollTo(0, scrollTop);
}

function unitOf(target: EventTarget | null): UnitView | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>('.unit') : null;
  const id = element?.dataset.unit;
  return id === undefined ? undefined : lesson?.units.get(Number(id));
}

function togglePin(view: UnitView): void {
  if (popovers.pinnedUnit === view) popovers.close();
  else popovers.pin(view);
}

/** Whether the interlinear line of a unit is cut short (its full gloss is then shown on hover). */
function glossCut(view: UnitView): boolean {
  const { gloss } = view;
  return gloss.scrollHeight > gloss.clientHeight + 1 || gloss.scrollWidth > gloss.clientWidth + 1;
}

/** The parts of a discontinuous expression light up together while the mouse is on one of them. */
function linkParts(view: UnitView, on: boolean): void {
  if (view.parts.length > 1) for (const part of view.parts) part.classList.toggle('unit-linked', on);
}

main.addEventListener('mouseover', (event) => {
  const view = unitOf(event.target);
  if (!view) return;
  linkParts(view, true);
  if (prefs.mode !== 'hover' && !(prefs.mode === 'interlinear' && glossCut(view))) return;
  clearTimeout(hoverTimer);
  hoverTimer = setTimeout(() => popovers.showTooltip(view), HOVER_DELAY_MS);
});

main.addEventListener('mouseout', (event) => {
  const view = unitOf(event.target);
  if (!view || view === unitOf(event.relatedTarget)) return;
  linkParts(view, false);
  clearTimeout(hoverTimer);
  if (!(unitNav.hasFocus && unitNav.currentUnit === view && prefs.mode === 'hover')) popovers.hideTooltip(view);
});

main.addEventListener('focusin', (event) => {
  const text = lesson?.text;
  const view = unitNav.currentUnit;
  // Focus from the keyboard (Tab, or back from the card) shows the current word's gloss; a click
  // focuses the text too, but the click itself decides what to show.
  if (event.target !== text || !view || !text.matches(':focus-visible')) return;
  if (prefs.mode === 'hover') popovers.showTooltip(view);
});

main.addEventListener('focusout', (event) => {
  const view = unitNav.currentUnit;
  if (view && event.target === lesson?.text) popovers.hideTooltip(view);
});

main.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link) {
    // A webview cannot navigate: the host opens web links; anything else goes nowhere.
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href && isWebLink(href)) post({ type: 'openLink', href });
    return;
  }
  const view = unitOf(event.target);
  if (!view) return;
  unitNav.focus(view);
  togglePin(view);
});

main.addEventListener('keydown', (event) => {
  const view = event.target === lesson?.text ? unitNav.currentUnit : null;
  if (!view || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    togglePin(view);
    return;
  }
  const move = moveForKey(event.key);
  if (!move) return;
  event.preventDefault();
  if (unitNav.target(move)) popovers.close();
  unitNav.move(move);
});

document.addEventListener('keydown', (event) => {
  if (statuses.handleKey(event, popovers.pinnedUnit) || own.handleKey(event, popovers.pinnedUnit)) {
    event.preventDefault();
    return;
  }
  if (speech.handleKey(event, popovers.pinnedUnit ?? unitNav.currentUnit ?? null)) {
    event.preventDefault();
    return;
  }
  if (event.key !== 'Escape') return;
  const was = popovers.close();
  popovers.hideTooltip();
  if (was) {
    event.preventDefault();
    unitNav.focus(was);
  }
});

// A click anywhere but the card or a unit puts the card away.
document.addEventListener('mousedown', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target || target.closest('.gloss-card') || target.closest('.unit')) return;
  popovers.close();
});

window.addEventListener('scroll', () => keeper.scrolled(document.scrollingElement?.scrollTop ?? window.scrollY), {
  passive: true,
});

onHostMessage<HostToReader>((message) => {
  switch (message.type) {
    case 'lesson':
      showLesson(message);
      break;
    case 'prefs':
      setPrefs(normalizePrefs(message.prefs), false);
      break;
    case 'statuses':
      own.setAll(message.own);
      statuses.setStatuses(message.statuses, message.tint);
      break;
    case 'quizStart':
      quiz.start(message);
      break;
    case 'previewProblems':
      // Only the lesson preview sends these: the page is a preview, with no lesson after it.
      toolbar.hideNextLesson();
      showProblems(message.problems);
      break;
    case 'revealParagraph':
      revealParagraph(message.paragraph);
      break;
    case 'speech':
      speech.setSettings(message.settings);
      break;
    case 'languageModel':
      explanations.setOffered(message.offered);
      break;
    case 'sentenceExplanation':
      explanations.receive(message);
      break;
  }
});

function showProblems(list: string[]): void {
  problems.hidden = list.length === 0;
  problems.replaceChildren(
    ...(list.length === 0
      ? []
      : [
          el('p', { class: 'preview-problems-title', text: l10n.t('Not shown until fixed:') }),
          el('ul', {}, ...list.map((p) => el('li', { text: p }))),
        ]),
  );
}

/** Scrolls a paragraph into view (the preview following the editor's cursor), unless it is in view. */
function revealParagraph(index: number): void {
  const block = main.querySelector<HTMLElement>(`.paragraph[data-paragraph="${Number(index)}"]`);
  if (!block) return;
  const box = block.getBoundingClientRect();
  const top = bar.getBoundingClientRect().bottom;
  if (box.top >= top && box.bottom <= window.innerHeight) return;
  block.scrollIntoView({ block: 'center' });
}

post({ type: 'ready' });
