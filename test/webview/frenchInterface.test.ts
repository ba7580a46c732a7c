// The interface in French (issue 15): the reader, its gloss card and quiz, the review and the
// dashboard, built as the host builds them with `depeche.interfaceLanguage: fr` (the French bundle
// on the page, `<html lang="fr">`), speak French with French typography, and nothing clips; without
// a locale they stay English. Screenshots of the reader with a card open and of the dashboard, in
// light, dark and high contrast (and the quiz in light and high contrast), go to
// test-results/french-interface/ for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { ProgressService, ProgressStore, type DashboardLesson } from '../../src/core/progress';
import { generateQuiz } from '../../src/core/quiz/generate';
import type { Quiz, QuizItem } from '../../src/core/quiz/types';
import type { L10nBundle } from '../../src/core/uiLanguage';
import type { HostToDashboard, HostToReader, HostToReview } from '../../src/protocol';
import { ReviewController } from '../../src/vscode/reviewPanel';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { loadQuizInputs, testRank } from '../unit/quizInputs';
import { READER_SURFACE, REPO_ROOT, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { answerByKeyboard } from './quizKeys';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import type { ThemeKind } from './themes';

const FRENCH: L10nBundle = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n/bundle.l10n.fr.json'), 'utf8')) as L10nBundle;
const FR = { lang: 'fr' as const, bundle: FRENCH };
const SHOTS = path.join(REPO_ROOT, 'test-results', 'french-interface');

const READER: Surface = { ...READER_SURFACE, styles: ['media/common.css', 'media/reader.css', 'media/quiz.css'] };
const REVIEW: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const DASHBOARD: Surface = { name: 'dashboard', script: 'dist/webview/dashboard.js', styles: ['media/common.css', 'media/dashboard.css'] };

const inputs = loadQuizInputs(path.join(REPO_ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md'));
/** An expression of the lesson with a gender, another occurrence and an inflected form: a full card. */
const CARD_KEY = "chef d'État|EXPR";

/** The English the toolbar and the card's controls would show: none of it may remain in French. */
const ENGLISH_LABELS = [
  'Plain', 'Hover', 'Interlinear', 'Translation', 'Legend', 'Next lesson →', 'Listen', 'Stop', 'Quiz',
  'New', 'Known', 'Ignore', 'Your gloss…', 'Add a note…', 'Also in this lesson', 'Mark the remaining new words as known',
];

/** Visible buttons whose label is cut (wider than the button), by their text. */
function clipped(view: WebviewPage, selector: string): Promise<string[]> {
  return view.page.evaluate((sel) => Array.from(document.querySelectorAll<HTMLElement>(sel))
    .filter((b) => b.offsetParent !== null && (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1))
    .map((b) => b.textContent ?? ''), selector);
}

/** Inputs whose placeholder is wider than the room inside them, by their placeholder. */
function clippedPlaceholders(view: WebviewPage): Promise<string[]> {
  return view.page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    return Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]')).filter((input) => {
      const style = getComputedStyle(input);
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width > room;
    }).map((input) => input.placeholder);
  });
}

/** The text of every visible button and heading: what the learner reads as the interface. */
function controlTexts(view: WebviewPage, selector: string): Promise<string[]> {
  return view.page.evaluate((sel) => Array.from(document.querySelectorAll<HTMLElement>(sel))
    .filter((e) => e.offsetParent !== null)
    .map((e) => (e.textContent ?? '').trim()), selector);
}

/** Generates the quiz with the core speaking French, as the host does when the interface is French. */
function frenchQuiz(seed: number): Quiz {
  l10n.config({ contents: FRENCH });
  try {
    return generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed, rank: testRank() });
  } finally {
    l10n.config({ contents: {} });
  }
}

describe('the interface in French', function () {
  this.timeout(120_000);
  const webview = useWebviewHarness();
  before(() => mkdirSync(SHOTS, { recursive: true }));

  async function openReader(theme: ThemeKind, locale?: typeof FR): Promise<WebviewPage> {
    const view = await webview.open({ surface: READER, theme, locale, viewport: { width: 900, height: 640 } });
    await view.post(lessonMessage(inputs.doc, HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    const statuses: HostToReader = { type: 'statuses', statuses: { [CARD_KEY]: 'learning-2' }, tint: true };
    await view.post(statuses);
    await view.page.waitForFunction(() => document.body.classList.contains('tint-statuses'));
    return view;
  }

  async function pinCard(view: WebviewPage): Promise<void> {
    await view.page.locator(`.unit[data-key="${CARD_KEY}"]`).first().click();
    await view.page.locator('#gloss-card:not([hidden])').waitFor();
  }

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`the reader and its gloss card speak French, nothing clipped (${theme}; screenshot)`, async () => {
      const view = await openReader(theme, FR);
      assert.equal(await view.page.getAttribute('html', 'lang'), 'fr');
      assert.deepEqual(await controlTexts(view, '.toolbar [data-mode]'), ['Simple', 'Survol', 'Interlinéaire']);
      assert.equal(await view.page.textContent('.toolbar [data-action="translation"]'), 'Traduction');
      assert.equal(await view.page.textContent('.toolbar [data-action="legend"]'), 'Légende');
      assert.equal(await view.page.textContent('.toolbar [data-action="next"]'), 'Leçon suivante →');
      assert.equal(await view.page.getAttribute('.toolbar', 'aria-label'), 'Lecteur');
      assert.equal(await view.page.textContent('.finish-title'), 'Lecture terminée\u202f?');
      // The meta line is the interface's: the date in French, the line marked French.
      assert.match((await view.page.textContent('.lesson-meta'))!, / \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
      assert.equal(await view.page.getAttribute('.lesson-meta', 'lang'), 'fr');

      await pinCard(view);
      assert.match((await view.page.getAttribute('#gloss-card', 'aria-label'))!, /^Glose\u202f: /);
      assert.equal(await view.page.textContent('#gloss-card .card-grammar'), 'expression (nom), masculin');
      assert.match((await view.page.textContent('#gloss-card .card-form'))!, /^Dans le texte\u202f: chefs/);
      assert.match((await view.page.textContent('#gloss-card .card-section-title'))!, /^Ailleurs dans cette leçon \(\d+\)$/);
      assert.deepEqual(await controlTexts(view, '#gloss-card .status-radio'), ['Nouveau', '1', '2', '3', '4', 'Connu', 'Ignorer']);
      assert.equal(await view.page.getAttribute('#gloss-card .status-radio-learning-2', 'title'), 'Apprentissage 2 (reconnu) (touche 2)');
      assert.equal(await view.page.getAttribute('#gloss-card .card-close', 'aria-label'), 'Fermer la fiche');
      // The gloss itself stays English: it is the learner's bridge.
      assert.equal(await view.page.getAttribute('#gloss-card .card-gloss', 'lang'), 'en');

      const shown = await controlTexts(view, '.toolbar button, #gloss-card button, #gloss-card h3, .finish-bar button, .finish-bar h2');
      const leftovers = shown.filter((text) => ENGLISH_LABELS.some((english) => text === english || text.startsWith(`${english} (`)));
      assert.deepEqual(leftovers.filter((t) => t !== 'Quiz'), [], 'no English label left (« Quiz » is French too)');
      assert.deepEqual(await clipped(view, '.toolbar button, #gloss-card button, .finish-bar button'), []);
      assert.deepEqual(view.errors.filter((e) => !e.includes('status of 404')), []);
      await view.page.screenshot({ path: path.join(SHOTS, `reader-card-${theme}.png`) });
    });
  }

  it('the reader stays English by default', async () => {
    const view = await openReader('light');
    assert.equal(await view.page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await controlTexts(view, '.toolbar [data-mode]'), ['Plain', 'Hover', 'Interlinear']);
    assert.equal(await view.page.textContent('.toolbar [data-action="next"]'), 'Next lesson →');
    assert.match((await view.page.textContent('.lesson-meta'))!, / \d{1,2} [A-Z][a-z]+ \d{4}/);
    await pinCard(view);
    assert.match((await view.page.getAttribute('#gloss-card', 'aria-label'))!, /^Gloss: /);
    assert.equal(await view.page.textContent('#gloss-card .card-grammar'), 'expression (noun), masculine');
    assert.match((await view.page.textContent('#gloss-card .card-form'))!, /^In the text: chefs/);
  });

  for (const theme of ['light', 'high-contrast'] as const) it(`a quiz in French: the frame, the feedback and the core's explanations (${theme}; screenshot)`, async () => {
    const quiz = frenchQuiz(21);
    const view = await openReader(theme, FR);
    await view.page.locator('.toolbar [data-action="quiz"]').click();
    await view.waitForPosted('quizRequest');
    await view.post({ type: 'quizStart', quiz, title: inputs.lesson.meta.title });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.textContent('.quiz-drawer-title'), `Quiz · ${inputs.lesson.meta.title}`);
    assert.match((await view.page.textContent('.quiz-progress'))!, /^Question 1 sur 10/);
    assert.match((await view.page.textContent('.quiz-keys'))!, /Échap retour au texte$/);
    const first = quiz.items[0] as QuizItem;
    await answerByKeyboard(view, first, false);
    assert.equal(await view.page.textContent('.quiz-verdict strong'), 'Pas tout à fait.');
    assert.match((await view.page.textContent('.quiz-verdict'))!, /Réponse\u202f: /);
    assert.equal(await view.page.textContent('.quiz-next'), 'Suivant (Entrée)');
    assert.equal(await view.page.textContent('.quiz-feedback .quiz-link'), 'Voir dans le texte');
    // The explanations the core wrote while generating speak French too (the glosses, the verbs'
    // English meanings and the lesson author's own explanations stay as written).
    const explanations = quiz.items.map((i) => i.explanation).join('\n');
    assert.doesNotMatch(explanations, /The text says|In the text:|That would be|Here it is|Compare:|takes «/);
    assert.match(explanations, /Dans le texte\u202f: |Le texte dit\u202f: |C’est .* qui l’a dit\u202f: |Comparez\u202f: /);
    assert.deepEqual(await clipped(view, '.quiz-drawer button'), []);
    await view.page.screenshot({ path: path.join(SHOTS, `quiz-feedback-${theme}.png`) });
  });

  describe('review and dashboard', () => {
    let service: ProgressService;
    let cleanup: () => void;
    const LESSON = 'actualite/wang-yi-lavrov';
    const SENTENCE = 'Wang Yi a souligné « l’amitié sans limites » entre la Chine et la Russie.';

    before(async () => {
      const tmp = tempDir();
      cleanup = tmp.cleanup;
      const clock = new FixedClock('2026-01-10T09:00:00.000Z');
      service = new ProgressService(new ProgressStore(path.join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(4), {
        scheduler: { enableFuzz: false },
      });
      await service.load();
      service.noteSightings([
        { key: 'souligner|VERB', lesson: LESSON, sentence: SENTENCE, form: 'a souligné', gloss: 'to stress' },
        { key: 'amitié|NOUN', lesson: LESSON, sentence: SENTENCE, form: 'amitié', gloss: 'friendship' },
        { key: 'le|DET', lesson: LESSON, gloss: 'the' },
        { key: 'Affaires étrangères|EXPR', lesson: LESSON, gloss: 'Foreign Affairs' },
      ]);
      service.setStatus('le|DET', 'known');
      service.setStatus('Affaires étrangères|EXPR', 'known');
      clock.advanceDays(20);
      service.grade('souligner|VERB', 'good');
      clock.advanceDays(30);
      service.setStatus('amitié|NOUN', 'learning-1');
    });
    after(() => cleanup());

    it('the review speaks French: counts, prompt, answer and grades', async () => {
      const controller = new ReviewController({ ready: async () => service, loaded: service, onDidChange: (l) => service.onDidChange(l) });
      try {
        const view = await webview.open({ surface: REVIEW, theme: 'dark', locale: FR });
        await view.waitForPosted('ready');
        const replies: HostToReview[] = [];
        await controller.onReady((m) => void replies.push(m));
        for (const reply of replies) await view.post(reply);
        await view.page.locator('.review-card').waitFor();
        assert.equal(await view.page.getAttribute('html', 'lang'), 'fr');
        assert.match((await view.page.textContent('.review-counts'))!, /^0 révisé · \d+ à réviser · ([01] nouveau|\d+ nouveaux)$/);
        assert.match((await view.page.textContent('.review-prompt'))!, /^Que veut dire «\u00a0\S+\u00a0» ici\u202f\?$/);
        assert.equal(await view.page.textContent('.review-show'), 'Voir la réponse (Espace)');
        assert.equal(await view.page.textContent('.review-undo'), 'Annuler');
        await view.page.keyboard.press(' ');
        assert.deepEqual(await controlTexts(view, '.review-grade .grade-label'), ['À revoir', 'Difficile', 'Bien', 'Facile']);
        assert.equal(await view.page.getAttribute('.review-grades', 'aria-label'), 'Vous en êtes-vous bien souvenu\u202f?');
        assert.match((await view.page.textContent('.review-pos'))!, /^(nom|verbe)$/);
        assert.deepEqual(await clipped(view, 'button'), []);
      } finally {
        controller.dispose();
      }
    });

    const lessons = (): DashboardLesson[] => [
      { title: 'Wang Yi à Moscou', vocabulary: { lessonId: LESSON, counts: { 'le|DET': 10, 'souligner|VERB': 3, 'amitié|NOUN': 2, 'Affaires étrangères|EXPR': 4, 'dialogue|NOUN': 1 } } },
    ];

    async function openDashboard(theme: ThemeKind, locale?: typeof FR): Promise<WebviewPage> {
      const view = await webview.open({ surface: DASHBOARD, theme, locale, viewport: { width: 900, height: 1000 } });
      await view.waitForPosted('ready');
      const message: HostToDashboard = { type: 'dashboard', view: service.dashboard(lessons()) };
      await view.post(message);
      await view.page.waitForSelector('.vocab-table tbody tr');
      return view;
    }

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`the dashboard speaks French: headings, tiles, months, percentages, table (${theme}; screenshot)`, async () => {
        const view = await openDashboard(theme, FR);
        assert.equal(await view.page.getAttribute('html', 'lang'), 'fr');
        assert.equal(await view.page.textContent('h1'), 'Progrès en vocabulaire');
        assert.deepEqual(await controlTexts(view, 'h2'), ['Objectif du jour', 'Mots connus au fil du temps', 'Révisions par jour', 'Leçons', 'Vocabulaire']);
        // The label agrees with the count (« 1 lemme connu », « 2 lemmes connus »).
        const lemmas = Number(await view.page.textContent('[data-tile="lemmas"] .tile-value'));
        assert.equal(await view.page.textContent('[data-tile="lemmas"] .tile-label'), lemmas < 2 ? 'lemme connu' : 'lemmes connus');
        // Intl in the interface language: « 100 % » with a narrow no-break space, French month and weekday names.
        assert.match((await view.page.textContent('.lessons tbody td.num'))!, /^ \d+[\u00a0\u202f]%$/);
        assert.match((await view.page.textContent('[data-tile="retention"] .tile-note'))!, /^(aucune révision pour l’instant|d’après \d+ révisions? sur \d+)$/);
        const months = await controlTexts(view, '.heatmap-months span');
        assert.ok(months.length > 0 && months.every((m) => /^(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)$/.test(m)), months.join(' '));
        assert.deepEqual(await view.page.$$eval('.heatmap-weekdays span', (n) => n.map((e) => e.textContent)), ['lun.', '', 'mer.', '', 'ven.', '', '']);
        assert.deepEqual(await controlTexts(view, '.lessons thead th'), ['Leçon', 'Connu', 'Mots du texte', 'Quiz', 'Pour atteindre']);
        assert.deepEqual(await controlTexts(view, '.vocab-table thead th'), ['Français', 'Nature', 'Anglais', 'Statut', 'Prochaine révision', 'Leçons']);
        assert.equal(await view.page.getAttribute('.filters input', 'placeholder'), 'Chercher en français ou en anglais');
        assert.match((await view.page.textContent('.table-count'))!, /^\d+ éléments?$/);
        assert.equal(await view.page.textContent(`tr[data-key="souligner|VERB"] td`), 'verbe');
        assert.deepEqual(await clipped(view, 'button, select, .tile-label'), []);
        assert.deepEqual(await clippedPlaceholders(view), []);
        assert.deepEqual(view.errors.filter((e) => !e.includes('status of 404')), []);
        await view.page.screenshot({ path: path.join(SHOTS, `dashboard-${theme}.png`), fullPage: true });
      });
    }

    it('the dashboard stays English by default', async () => {
      const view = await openDashboard('light');
      assert.equal(await view.page.getAttribute('html', 'lang'), 'en');
      assert.equal(await view.page.textContent('h1'), 'Vocabulary progress');
      assert.match((await view.page.textContent('.lessons tbody td.num'))!, /^ \d+%$/);
      assert.deepEqual(await view.page.$$eval('.heatmap-weekdays span', (n) => n.map((e) => e.textContent)), ['Mon', '', 'Wed', '', 'Fri', '', '']);
    });
  });
});
