// Screenshots of listening for a human to look at, with real voices (./speechEnv.ts): the reader
// paused mid read-along (the sentence highlighted) with the card's speakers, the toolbar's Listen
// group, and the review card's speakers; then the reader without a voice (the hint), in each theme.
// Run by hand after `node esbuild.js`: npx tsx test/webview/speechScreenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ThemeKind } from './themes';
import { READER_SURFACE, WebviewHarness, type Surface } from './harness';
import { lessonMessage, readerFixture } from './readerFixtures';
import { SPEECH_CHROMIUM_ARGS, SpeechEnvironment } from './speechEnv';

const REVIEW_SURFACE: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const THEMES: ThemeKind[] = ['light', 'dark', 'high-contrast'];

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const speech = await SpeechEnvironment.start();
  const harness = await WebviewHarness.start({ args: SPEECH_CHROMIUM_ARGS, env: speech.env });
  const silent = await WebviewHarness.start();
  try {
    for (const theme of THEMES) {
      const view = await harness.open({ surface: READER_SURFACE, theme, viewport: { width: 820, height: 520 } });
      await view.post(lessonMessage(readerFixture('first-paragraph')));
      await view.page.waitForSelector('body.speech-available', { timeout: 60_000 });
      await view.page.click('[data-action="listen"]');
      // Let the highlight reach the second sentence, then pause there.
      await view.page.waitForSelector('.sentence-speaking[data-sentence="1"]', { timeout: 60_000 });
      await view.page.click('[data-action="listen"]');
      await view.page.click('.unit[data-unit="3"]');
      await view.page.screenshot({ path: join(outDir, `reader-read-along-${theme}.png`) });
      await view.close();

      const review = await harness.open({ surface: REVIEW_SURFACE, theme, viewport: { width: 720, height: 420 } });
      await review.post({
        type: 'review',
        card: {
          key: 'amitié|NOUN', lemma: 'amitié', pos: 'NOUN', gloss: 'friendship', kind: 'new',
          sentence: { lesson: 'Wang Yi et Lavrov', before: 'Wang Yi a souligné « l’', form: 'amitié', after: ' sans limites ».' },
          intervals: { again: '1 min', hard: '6 min', good: '10 min', easy: '4 d' },
        },
        progress: { done: 0, due: 0, fresh: 1, canUndo: false },
      });
      await review.page.waitForSelector('body.speech-available', { timeout: 60_000 });
      await review.page.keyboard.press(' ');
      await review.page.screenshot({ path: join(outDir, `review-speakers-${theme}.png`) });
      await review.close();

      const none = await silent.open({ surface: READER_SURFACE, theme, viewport: { width: 820, height: 420 } });
      await none.post(lessonMessage(readerFixture('first-paragraph')));
      await none.page.waitForSelector('.speech-hint', { state: 'visible', timeout: 20_000 });
      await none.page.click('.unit[data-unit="3"]');
      await none.page.screenshot({ path: join(outDir, `reader-no-voice-${theme}.png`) });
      await none.close();
    }
  } finally {
    await harness.close();
    await silent.close();
    await speech.stop();
  }
}

main(resolve(process.argv[2] ?? 'screenshots/speech')).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
