// Counts shown to the learner agree in number, in English (1 is singular) and in French (0 and 1
// are): the dashboard's tiles (« 1 lemme connu », "1 known lemma") and the review's counts
// (« 1 révisé · 2 à réviser · 0 nouveau »), each read with 0, 1 and 2 in a real Chromium page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DashboardView } from '../../src/core/progress/views';
import type { L10nBundle } from '../../src/core/uiLanguage';
import type { HostToDashboard, HostToReview } from '../../src/protocol';
import { REPO_ROOT, useWebviewHarness, type Surface, type WebviewPage } from './harness';

const FRENCH: L10nBundle = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n/bundle.l10n.fr.json'), 'utf8')) as L10nBundle;
const REVIEW: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const DASHBOARD: Surface = { name: 'dashboard', script: 'dist/webview/dashboard.js', styles: ['media/common.css', 'media/dashboard.css'] };

/** A dashboard where `n` lemmas and `n` expressions are known and `n` reviews were given. */
function dashboardWith(n: number): DashboardView {
  const none = { passed: 0, total: 0, graded: 0, rate: null };
  return {
    generatedAt: '2026-03-02T10:00:00.000Z',
    known: [{ day: '2026-03-01', lemmas: 0, expressions: 0 }, { day: '2026-03-02', lemmas: n, expressions: n }],
    reviews: [{ day: '2026-03-01', count: 0 }, { day: '2026-03-02', count: n }],
    retention: none,
    recentRetention: none,
    lessons: [],
    vocabulary: [],
  };
}

/** What the learner reads, per count, in each language. */
const EXPECTED = {
  en: {
    tiles: ['0 known lemmas | 0 known expressions | 0 reviews, last 2 days', '1 known lemma | 1 known expression | 1 review, last 2 days', '2 known lemmas | 2 known expressions | 2 reviews, last 2 days'],
    chart: ['now 0 lemmas and 0 expressions', 'now 1 lemma and 1 expression', 'now 2 lemmas and 2 expressions'],
    heatmap: ['0 reviews in the last 2 days', '1 review in the last 2 days', '2 reviews in the last 2 days'],
    review: ['0 reviewed · 0 due · 0 new', '1 reviewed · 1 due · 1 new', '2 reviewed · 2 due · 2 new'],
  },
  fr: {
    tiles: ['0 lemme connu | 0 expression connue | 0 révision, 2 derniers jours', '1 lemme connu | 1 expression connue | 1 révision, 2 derniers jours', '2 lemmes connus | 2 expressions connues | 2 révisions, 2 derniers jours'],
    chart: ['désormais 0 lemme et 0 expression', 'désormais 1 lemme et 1 expression', 'désormais 2 lemmes et 2 expressions'],
    heatmap: ['0 révision ces 2 derniers jours', '1 révision ces 2 derniers jours', '2 révisions ces 2 derniers jours'],
    review: ['0 révisé · 0 à réviser · 0 nouveau', '1 révisé · 1 à réviser · 1 nouveau', '2 révisés · 2 à réviser · 2 nouveaux'],
  },
} as const;

describe('counts agree in number (0, 1, 2; English and French)', function () {
  this.timeout(60000);
  const webview = useWebviewHarness();

  const locale = (lang: 'en' | 'fr') => (lang === 'fr' ? { lang, bundle: FRENCH } : undefined);

  async function tiles(view: WebviewPage): Promise<string> {
    return (await view.page.$$eval('.tiles:first-of-type .tile:is([data-tile="lemmas"], [data-tile="expressions"], [data-tile="reviews"])', (tiles) =>
      tiles.map((t) => `${t.querySelector('.tile-value')?.textContent} ${t.querySelector('.tile-label')?.textContent}`))).join(' | ');
  }

  for (const lang of ['en', 'fr'] as const) {
    it(`the dashboard's tiles, chart and heatmap (${lang})`, async () => {
      for (const n of [0, 1, 2] as const) {
        const view = await webview.open({ surface: DASHBOARD, locale: locale(lang), viewport: { width: 900, height: 900 } });
        await view.waitForPosted('ready');
        const message: HostToDashboard = { type: 'dashboard', view: dashboardWith(n) };
        await view.post(message);
        await view.page.waitForSelector('[data-tile="lemmas"]');
        assert.equal(await tiles(view), EXPECTED[lang].tiles[n]);
        assert.ok((await view.page.getAttribute('.known-chart', 'aria-label'))!.includes(EXPECTED[lang].chart[n]), `chart with ${n}`);
        assert.ok((await view.page.getAttribute('.heatmap', 'aria-label'))!.startsWith(EXPECTED[lang].heatmap[n]), `heatmap with ${n}`);
        assert.deepEqual(view.errors.filter((e) => !e.includes('status of 404')), []);
        await view.close();
      }
    });

    it(`the review's counts (${lang})`, async () => {
      const view = await webview.open({ surface: REVIEW, locale: locale(lang) });
      await view.waitForPosted('ready');
      for (const n of [0, 1, 2] as const) {
        const message: HostToReview = { type: 'review', card: null, progress: { done: n, due: n, fresh: n, canUndo: false } };
        await view.post(message);
        assert.equal(await view.page.textContent('.review-counts'), EXPECTED[lang].review[n]);
      }
    });
  }
});
