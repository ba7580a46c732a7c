// Screenshots of the gloss card's senses for a human to look at: the sense chosen in context first
// and apart, then the others; a word with no gloss; a name without a gloss. Light, dark and high contrast.
// Run by hand after `node esbuild.js`: npx tsx test/webview/sensesScreenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { THEMES, type ThemeKind } from './themes';
import { READER_SURFACE, WebviewHarness } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const doc = structuredClone(readerFixture('first-paragraph'));
  doc.units.find((u) => u.id === 15)!.gloss = 'to assert, to maintain (assurer que); to ensure; to assure; to provide';
  doc.units.find((u) => u.id === 22)!.gloss = '';
  const named = structuredClone(doc);
  named.units.find((u) => u.id === 22)!.pos = 'PROPN';
  const harness = await WebviewHarness.start();
  try {
    for (const theme of Object.keys(THEMES) as ThemeKind[]) {
      const view = await harness.open({ surface: READER_SURFACE, theme, viewport: { width: 860, height: 520 } });
      const { page } = view;
      await view.post(lessonMessage(doc, HOVER_PREFS));
      await page.locator('.unit[data-unit="15"]').click();
      await page.locator('.gloss-card .card-sense').waitFor();
      await page.mouse.move(5, 500);
      await page.screenshot({ path: join(outDir, `${theme}-card-senses.png`) });
      await page.locator('.unit[data-unit="22"]').click();
      await page.locator('.gloss-card .no-gloss').waitFor();
      await page.mouse.move(5, 500);
      await page.screenshot({ path: join(outDir, `${theme}-card-no-gloss.png`) });
      await page.keyboard.press('Escape');
      await view.post(lessonMessage(named, HOVER_PREFS));
      await page.locator('.unit[data-unit="22"]').click();
      await page.locator('.gloss-card .no-gloss').waitFor();
      await page.mouse.move(5, 500);
      await page.screenshot({ path: join(outDir, `${theme}-card-name.png`) });
      await view.close();
    }
  } finally {
    await harness.close();
  }
}

void main(resolve(process.argv[2] ?? 'screenshots'));
