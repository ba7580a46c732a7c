// The dashboard webview in Chromium, fed by a real ProgressService.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgressService, ProgressStore, type DashboardLesson } from '../../src/core/progress';
import type { DashboardViewState, HostToDashboard } from '../../src/protocol';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { WebviewHarness, type Surface, type WebviewPage } from './harness';

const DASHBOARD_SURFACE: Surface = { name: 'dashboard', script: 'dist/webview/dashboard.js', styles: ['media/common.css', 'media/dashboard.css'] };
const L1 = 'actualite/wang-yi-lavrov';
/** Screenshots for a human to look at (not compared). */
const SHOTS = process.env.DEPECHE_SHOTS ?? join(tmpdir(), 'depeche-shots');
const L2 = 'actualite/sommet-brics';

describe('dashboard webview', function () {
  this.timeout(60_000);
  let harness: WebviewHarness;
  let service: ProgressService;
  let lessons: DashboardLesson[];
  let cleanup: () => void;
  const views: WebviewPage[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await WebviewHarness.start();
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const clock = new FixedClock('2026-01-10T09:00:00.000Z');
    service = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(4), {
      scheduler: { enableFuzz: false },
    });
    await service.load();
    service.noteSightings([
      { key: 'étranger|ADJ', lesson: L1, gloss: 'foreign' },
      { key: 'souligner|VERB', lesson: L1, gloss: 'to stress' },
      { key: 'le|DET', lesson: L1, gloss: 'the' },
      { key: 'sommet|NOUN', lesson: L2, gloss: 'summit' },
      { key: 'Affaires étrangères|EXPR', lesson: L1, gloss: 'Foreign Affairs' },
    ]);
    service.setStatus('le|DET', 'known');
    service.setStatus('Affaires étrangères|EXPR', 'known');
    clock.advanceDays(20);
    service.grade('souligner|VERB', 'good');
    service.grade('sommet|NOUN', 'easy');
    clock.advanceDays(30);
    service.setStatus('étranger|ADJ', 'known');
    service.grade('sommet|NOUN', 'good');
    service.quizAttempt(L1, 7, [
      { question: 0, given: '1', correct: true }, { question: 1, given: '0', correct: true },
      { question: 2, given: '2', correct: false },
    ]);
    lessons = [
      { title: 'Wang Yi à Moscou', vocabulary: { lessonId: L1, counts: { 'le|DET': 10, 'étranger|ADJ': 2, 'souligner|VERB': 3, 'Affaires étrangères|EXPR': 4, 'dialogue|NOUN': 1 } } },
      { title: 'Le sommet des BRICS', vocabulary: { lessonId: L2, counts: { 'sommet|NOUN': 5, 'le|DET': 5 } } },
    ];
  });
  after(async () => {
    for (const v of views) await v.close();
    await harness.close();
    cleanup();
  });

  async function open(state?: DashboardViewState): Promise<WebviewPage> {
    const view = await harness.open({ surface: DASHBOARD_SURFACE, theme: 'high-contrast', state });
    views.push(view);
    await view.waitForPosted('ready');
    const message: HostToDashboard = { type: 'dashboard', view: service.dashboard(lessons) };
    await view.post(message);
    await view.page.waitForSelector('.vocab-table tbody tr');
    return view;
  }

  function clean(view: WebviewPage): string[] {
    return view.errors.filter((e) => !e.includes('status of 404')); // the test server has no favicon
  }

  it('shows known counts, retention, a heatmap and the known-over-time chart', async () => {
    const view = await open();
    const page = view.page;
    const tile = (id: string) => page.textContent(`[data-tile="${id}"] .tile-value`);
    assert.equal(await tile('lemmas'), '2');
    assert.equal(await tile('expressions'), '1');
    assert.equal(await tile('retention'), '100%');
    assert.equal(await tile('reviews'), '3');
    assert.equal(await page.$$eval('.heatmap .cell:not(.cell-pad)', (n) => n.length), 182);
    assert.deepEqual(await page.$$eval('.heatmap .cell[data-count]:not(.level-0)', (n) => n.map((e) => [e.getAttribute('data-day'), e.getAttribute('data-count'), e.className])), [
      ['2026-01-30', '2', 'cell level-4'], ['2026-03-01', '1', 'cell level-2'],
    ]);
    // Each month is named above the week its first day falls in, in calendar order; weekdays on the left.
    const months = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.heatmap .cell')];
      return [...document.querySelectorAll<HTMLElement>('.heatmap-months span')].map((label) => {
        const column = Number(label.style.gridColumnStart);
        const days = cells.slice((column - 1) * 7, column * 7).map((c) => c.getAttribute('data-day') ?? '');
        return { name: label.textContent, column, days };
      });
    });
    assert.ok(months.length >= 5, JSON.stringify(months));
    const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    months.forEach((m, i) => {
      if (i > 0) assert.ok(m.column - months[i - 1]!.column >= 3, 'labels do not overlap');
      const month = String(NAMES.indexOf(m.name!) + 1).padStart(2, '0');
      assert.ok(m.days.some((d) => d.slice(5, 7) === month), `${m.name} is over a week of ${month}: ${m.days}`);
      if (i > 0) assert.ok(m.days.some((d) => d.endsWith(`-${month}-01`)), `${m.name} starts in its column: ${m.days}`);
    });
    assert.deepEqual(await page.$$eval('.heatmap-weekdays span', (n) => n.map((e) => e.textContent)), ['Mon', '', 'Wed', '', 'Fri', '', '']);
    assert.equal(await page.$$eval('.heatmap-key .cell', (n) => n.length), 5);
    assert.equal(await page.$$eval('.known-chart polyline', (n) => n.length), 2);
    // Both lines and the busiest day are drawn in theme colours (visible, not the empty cell's).
    const paint = await page.evaluate(() => ({
      lines: [...document.querySelectorAll('.known-chart polyline')].map((p) => getComputedStyle(p).stroke),
      busiest: getComputedStyle(document.querySelector('.heatmap .level-4')!).backgroundColor,
      empty: getComputedStyle(document.querySelector('.heatmap .level-0')!).backgroundColor,
    }));
    assert.ok(paint.lines.every((s) => s !== 'none' && s !== ''), String(paint.lines));
    assert.notEqual(paint.busiest, paint.empty);
    assert.notEqual(paint.busiest, 'rgba(0, 0, 0, 0)');
    assert.match((await page.getAttribute('.known-chart', 'aria-label'))!, /now 2 lemmas and 1 expression\./);
    assert.deepEqual(clean(view), []);
    assert.deepEqual(await view.cspViolations(), []);
  });

  it('lists lessons with the known share, the quiz score and the items to reach 95% and 98%', async () => {
    const view = await open();
    const row = (id: string) => `tr[data-lesson="${id}"]`;
    const cells = await view.page.$$eval(`${row(L1)} td`, (n) => n.map((e) => e.textContent));
    assert.deepEqual(cells.slice(0, 3), [' 80%', '16 / 20', '2/3']);
    assert.deepEqual(await view.page.$$eval(`${row(L1)} details summary`, (n) => n.map((e) => e.textContent)), [
      '95%: learn 1 item', '98%: learn 2 items',
    ]);
    assert.deepEqual(await view.page.$$eval(`${row(L1)} details:last-child li`, (n) => n.map((e) => e.textContent)), ['souligner', 'dialogue']);
    await view.page.click(`${row(L2)} button.link`);
    assert.deepEqual((await view.waitForPosted('openLesson'))[0], { type: 'openLesson', lessonId: L2 });
  });

  it('filters the vocabulary by search, status and lesson, and remembers the filters', async () => {
    const view = await open();
    const page = view.page;
    const lemmas = () => page.$$eval('.vocab-table tbody th', (n) => n.map((e) => e.textContent));
    assert.deepEqual(await lemmas(), ['Affaires étrangères', 'étranger', 'le', 'sommet', 'souligner']);
    await page.fill('input[type="search"]', 'ETRANGER');
    assert.deepEqual(await lemmas(), ['Affaires étrangères', 'étranger']);
    await page.fill('input[type="search"]', 'summit');
    assert.deepEqual(await lemmas(), ['sommet']);
    await page.fill('input[type="search"]', '');
    await page.selectOption('select[aria-label="Filter by status"]', 'known');
    assert.deepEqual(await lemmas(), ['Affaires étrangères', 'étranger', 'le']);
    await page.selectOption('select[aria-label="Filter by lesson"]', L2);
    assert.deepEqual(await lemmas(), []);
    assert.equal(await page.textContent('.table-count'), '0 items');
    assert.deepEqual(await view.state(), { query: '', status: 'known', lesson: L2 });
    // A restored panel opens with the same filters.
    const restored = await open({ query: 'somm', status: '', lesson: '' });
    assert.deepEqual(await restored.page.$$eval('.vocab-table tbody th', (n) => n.map((e) => e.textContent)), ['sommet']);
  });

  it('changes an item\'s status from the table', async () => {
    const view = await open();
    await view.page.selectOption('tr[data-key="sommet|NOUN"] select', 'ignored');
    assert.deepEqual((await view.waitForPosted('setStatus'))[0], { type: 'setStatus', key: 'sommet|NOUN', status: 'ignored' });
  });

  it('names each item\'s lessons by their titles, the file as the tooltip, and opens them', async () => {
    const view = await open();
    const cell = (key: string) => `tr[data-key="${key}"] td.row-lessons`;
    assert.equal(await view.page.textContent(cell('étranger|ADJ')), 'Wang Yi à Moscou');
    assert.equal(await view.page.textContent(cell('sommet|NOUN')), 'Le sommet des BRICS');
    assert.equal(await view.page.getAttribute(`${cell('étranger|ADJ')} button`, 'title'), L1);
    await view.page.click(`${cell('sommet|NOUN')} button`);
    assert.deepEqual((await view.waitForPosted('openLesson'))[0], { type: 'openLesson', lessonId: L2 });
    // A lesson the library no longer has keeps its id: there is no title to show.
    const gone = await openWith(new FixedClock('2026-01-10T09:00:00.000Z'), (s) => {
      s.noteSightings([
        { key: 'dialogue|NOUN', lesson: 'ancienne/leçon', gloss: 'dialogue' },
        { key: 'dialogue|NOUN', lesson: L1 },
      ]);
    });
    assert.equal(await gone.page.textContent(cell('dialogue|NOUN')), 'ancienne/leçon, Wang Yi à Moscou');
  });

  it('says what retention counts: the reviews of learnt words, out of all the reviews', async () => {
    // Eleven quiz answers and reviews of words still in learning, as a learner has after a first lesson.
    const clock = new FixedClock('2026-01-10T09:00:00.000Z');
    const view = await openWith(clock, (s) => {
      for (let i = 0; i < 9; i++) s.quizAnswer({ key: `mot${i}|NOUN`, lesson: L1, gloss: `word ${i}` }, i !== 0);
      clock.advance(30);
      s.grade('mot1|NOUN', 'good');
      s.grade('mot2|NOUN', 'good');
    });
    const tile = (id: string, part: string) => view.page.textContent(`[data-tile="${id}"] .tile-${part}`);
    assert.equal(await tile('reviews', 'value'), '11');
    assert.equal(await tile('retention', 'value'), '—');
    assert.equal(await tile('retention', 'label'), 'retention of learnt words');
    assert.equal(await tile('retention', 'note'), 'from 0 of 11 reviews');
    assert.equal(await tile('recent-retention', 'note'), 'from 0 of 11 reviews');
    assert.match((await view.page.getAttribute('[data-tile="retention"]', 'title'))!, /learning steps/);
    // The shared learner: three grades, one of a learnt word.
    const shared = await open();
    assert.equal(await shared.page.textContent('[data-tile="retention"] .tile-note'), 'from 1 of 3 reviews');
    assert.equal(await shared.page.textContent('[data-tile="reviews"] .tile-value'), '3');
  });

  it('shows the daily goal: today’s progress, the streak, and the last 14 days with a frozen one', async () => {
    const tmp = tempDir();
    try {
      // Saturday 2026-12-05; the goal is 2 reviews a day; Thursday 3 Dec was missed and is frozen.
      const clock = new FixedClock('2026-11-30T10:00:00.000Z');
      const learner = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(6), {
        scheduler: { enableFuzz: false }, dailyGoal: () => ({ kind: 'reviews', target: 2 }),
      });
      await learner.load();
      for (const day of [0, 1, 2, 4, 5]) {
        clock.advanceDays(day === 0 ? 0 : day === 4 ? 2 : 1);
        learner.grade('souligner|VERB', 'good');
        if (day !== 5) learner.grade('sommet|NOUN', 'good');
      }
      for (const theme of ['light', 'dark', 'high-contrast'] as const) {
        const view = await harness.open({ surface: DASHBOARD_SURFACE, theme, viewport: { width: 820, height: 520 } });
        views.push(view);
        await view.waitForPosted('ready');
        await view.post({ type: 'dashboard', view: learner.dashboard(lessons) });
        await view.page.waitForSelector('.goal-days li');
        const page = view.page;
        assert.equal(await page.textContent('[data-tile="goal-today"] .tile-value'), '1 / 2 reviews');
        assert.equal(await page.textContent('[data-tile="goal-today"] .tile-label'), 'today');
        assert.equal(await page.getAttribute('[role="progressbar"]', 'aria-valuenow'), '1');
        assert.equal(await page.evaluate(() => (document.querySelector('.goal-bar-fill') as HTMLElement).style.width), '50%');
        assert.equal(await page.textContent('[data-tile="streak"] .tile-value'), '4', 'Mon, Tue, Wed and Fri met; Thu frozen; today not yet met');
        assert.equal(await page.textContent('[data-tile="streak"] .tile-note'), 'this week’s freeze used');
        const days = await page.$$eval('.goal-days li', (items) => items.map((li) => li.className.replace('goal-day ', '')));
        assert.deepEqual(days.slice(-6), ['met', 'met', 'met', 'frozen', 'met', 'missed']);
        assert.match((await page.getAttribute('.goal-day.frozen', 'aria-label'))!, /^2026-12-03: 0 — missed, kept by the week’s freeze$/);
        assert.deepEqual(clean(view), [], 'no CSP or script error');
        await page.locator('.dash-section').first().screenshot({ path: join(SHOTS, `dashboard-goal-${theme}.png`) });
      }
    } finally {
      tmp.cleanup();
    }
  });

  /** The dashboard of another learner, made by `learn` on a fresh progress file. */
  async function openWith(clock: FixedClock, learn: (service: ProgressService) => void): Promise<WebviewPage> {
    const tmp = tempDir();
    try {
      const other = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(5), {
        scheduler: { enableFuzz: false },
      });
      await other.load();
      learn(other);
      const view = await harness.open({ surface: DASHBOARD_SURFACE, theme: 'dark' });
      views.push(view);
      await view.waitForPosted('ready');
      await view.post({ type: 'dashboard', view: other.dashboard(lessons) });
      await view.page.waitForSelector('.vocab-table tbody tr');
      return view;
    } finally {
      tmp.cleanup();
    }
  }
});
