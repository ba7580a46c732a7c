// Makes the getting-started walkthrough's images (media/walkthrough/*.jpg) from the screenshots of
// the real VS Code that the end-to-end test saves: scaled to 1000 px wide, JPEG, so the six steps
// in two themes add little to the .vsix. Run by hand after the e2e stage:
//   npx tsx test/e2e/walkthroughImages.ts [E2E_OUT]   (default test-results/e2e)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
const from = path.resolve(process.argv[2] ?? path.join(root, 'test-results', 'e2e'));
const to = path.join(root, 'media', 'walkthrough');
const WIDTH = 1000;

/** Walkthrough step image -> the e2e screenshot it is made from. */
const SOURCES: Record<string, string> = {
  open: 'reader-learning-repaired',
  lookup: 'reader',
  quiz: 'quiz-evidence',
  import: 'palette-import',
  review: 'review',
  dashboard: 'dashboard',
};

async function main(): Promise<void> {
  fs.mkdirSync(to, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const [step, source] of Object.entries(SOURCES)) {
      for (const theme of ['light', 'dark']) {
        const png = path.join(from, `${source}-${theme}.png`);
        if (!fs.existsSync(png)) throw new Error(`${png} is missing: run the e2e stage first.`);
        const data = fs.readFileSync(png).toString('base64');
        await page.setContent(`<body style="margin:0"><img id="shot" style="width:${WIDTH}px;display:block" src="data:image/png;base64,${data}"></body>`);
        const shot = page.locator('#shot');
        await shot.evaluate((img: HTMLImageElement) => img.decode());
        await shot.screenshot({ path: path.join(to, `${step}-${theme}.jpg`), type: 'jpeg', quality: 80 });
      }
    }
  } finally {
    await browser.close();
  }
  for (const f of fs.readdirSync(to).sort()) console.log(`${f}: ${(fs.statSync(path.join(to, f)).size / 1024).toFixed(0)} KB`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
