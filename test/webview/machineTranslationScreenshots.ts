// Screenshots of the reader showing a machine translation, for a human to look at: a lesson given
// its `## Translation` by withMachineTranslation (as the Translate command writes it), parsed and
// built as the extension does, in light, dark and high contrast.
// Run by hand after `node esbuild.js`: npx tsx test/webview/machineTranslationScreenshots.ts OUTDIR
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { withMachineTranslation } from '../../src/core/lm/translationSection';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { READER_SURFACE, REPO_ROOT, WebviewHarness } from './harness';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import type { ThemeKind } from './themes';

const FILE = 'test/fixtures/lm/sans-traduction.md';
const ENGLISH = [
  'The minister received his counterpart in Paris.',
  'The two heads of state will meet on Friday.',
  'Mr Dupont said: “We are ready!”',
  'The meeting will last two days.',
];

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '/tmp/depeche-shots');
  mkdirSync(outDir, { recursive: true });
  const source = withMachineTranslation(readFileSync(join(REPO_ROOT, FILE), 'utf8'), FILE, ENGLISH, 'Copilot GPT-4o');
  const doc = buildReaderDocument(parseLesson(source, FILE), createAnalyzer({ dataDir: join(REPO_ROOT, 'dist/data') }));
  const harness = await WebviewHarness.start();
  try {
    for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
      const view = await harness.open({ surface: READER_SURFACE, theme, viewport: { width: 860, height: 560 } });
      await view.post(lessonMessage(doc, { ...HOVER_PREFS, showTranslation: true }));
      await view.page.locator('.machine-translation-note').waitFor();
      await view.page.screenshot({ path: join(outDir, `machine-translation-${theme}.png`) });
      await view.close();
    }
  } finally {
    await harness.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
