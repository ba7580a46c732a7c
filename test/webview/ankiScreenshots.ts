// Screenshots of the exported Anki cards for a human to look at (and for the README): the
// recognition and production cards, question and answer, light and dark.
// Run by hand after `node esbuild.js`: npx tsx test/webview/ankiScreenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportedDeck, launchChromium, showCard } from './ankiCards';

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const deck = await exportedDeck();
  const browser = await launchChromium();
  try {
    for (const dark of [false, true]) {
      for (const [name, key, ord] of [['recognition', deck.expression, 0], ['production', deck.word, 1]] as const) {
        for (const side of ['front', 'back'] as const) {
          const page = await showCard(browser, deck, key, ord, side, dark);
          await page.screenshot({ path: join(outDir, `anki-${name}-${side}-${dark ? 'dark' : 'light'}.png`), fullPage: true });
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${outDir}`);
}

void main(resolve(process.argv[2] ?? 'screenshots'));
