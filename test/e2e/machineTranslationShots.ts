// Screenshots, in the real VS Code workbench (code-server + headless chromium), of a lesson imported
// with "New Lessons from Dispatch…" and machine-translated on import by the scripted test model, and
// of "Explain this sentence" answered on its gloss card by the same model
// (test/integration/lm-provider, installed as a .vsix beside the packaged Dépêche). The scripted
// model answers "EN: <the French sentence>": the screenshots show where a model's translation goes
// and how it is marked, not a real model's English.
// Run by hand: source .ci/setup-vscode.sh && npm run package && npx tsx test/e2e/machineTranslationShots.ts [OUTDIR]
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { THEMES, runCommand } from './workbench';
import type { Page } from 'playwright-core';
import { installExtension, launchChromium, startCodeServer, writeUserSettings } from '../integration/codeServer';
import { packageTestModels } from '../integration/testModels';

const root = path.resolve(__dirname, '../..');
const vsix = process.env.DEPECHE_VSIX ?? path.join(root, 'dist', 'depeche.vsix');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'test-results', 'e2e'));

const DISPATCH = [
  'PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris pour préparer le prochain sommet européen.',
  "Les deux ministres ont souligné l'importance de la coopération entre les deux pays. \"Nous devons agir ensemble\", a déclaré le ministre français.",
].join('\n\n');

async function main(): Promise<void> {
  assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-lm-shots-'));
  const dirs = { userDataDir: path.join(tmp, 'user-data'), extensionsDir: path.join(tmp, 'extensions'), configDir: path.join(tmp, 'config') };
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(workspace, 'lessons'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'depeche-dispatch.txt'), DISPATCH);
  const setColorTheme = (theme: string) => {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }));
  };
  writeUserSettings(dirs, { 'chat.disableAIFeatures': false, 'depeche.languageModel': 'depeche-test-scripted' });
  setColorTheme(THEMES[0].setting);
  installExtension(dirs, vsix);
  installExtension(dirs, packageTestModels(tmp));

  const server = await startCodeServer(dirs, { logFile: path.join(tmp, 'code-server.log') });
  const browser = await launchChromium(path.join(tmp, 'chromium-profile'));
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 180_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // The dispatch in an editor, then the import of the whole of it.
    // From the Explorer: Quick Open's file search is not ready this early on a loaded machine.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'depeche-dispatch.txt' }).dblclick({ timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'depeche-dispatch.txt' }).waitFor({ timeout: 30_000 });
    // The palette lists the command from package.json before the extension host has registered it:
    // "command not found" until then, so try again.
    const whole = page.locator('.quick-input-list .monaco-list-row', { hasText: 'The whole of' }).first();
    for (let attempt = 0; ; attempt++) {
      await runCommand(page, 'Dépêche: New Lessons from Dispatch…');
      const notFound = page.locator('.monaco-dialog-box', { hasText: 'not found' });
      await Promise.race([whole.waitFor({ timeout: 30_000 }), notFound.waitFor({ timeout: 30_000 })]).catch(() => undefined);
      if (await whole.isVisible()) break;
      if (attempt > 10) throw new Error('the import command never registered');
      await page.keyboard.press('Enter'); // closes the dialog
      await page.waitForTimeout(5_000);
    }
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter'); // the suggested title
    const web = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    // The reader opens on the imported lesson, then reloads once the model's translation is written.
    await web.locator('.machine-translation-note').waitFor({ state: 'attached', timeout: 120_000 });
    await web.locator('.toolbar [data-action="translation"]').click();
    await web.locator('.sentence-translation').first().waitFor({ timeout: 15_000 });
    for (const theme of THEMES) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await web.locator(`body.${theme.webview}`).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, `machine-translation-workbench-${theme.name}.png`) });
    }
    // After the translation, the import lets the model choose open senses and write questions: each
    // write reloads the reader, so wait for the last one before pinning a card.
    const lessonsDir = path.join(workspace, 'lessons');
    const questionsWritten = () =>
      (fs.readdirSync(lessonsDir, { recursive: true }) as string[]).some((f) => f.endsWith('.md') && /questions by language model/.test(fs.readFileSync(path.join(lessonsDir, f), 'utf8')));
    for (let waited = 0; !questionsWritten(); waited += 1000) {
      if (waited > 120_000) throw new Error('the model\'s questions were never written');
      await page.waitForTimeout(1000);
    }
    await page.waitForTimeout(3000);
    // "Explain this sentence" on the card of a word of the first sentence.
    await web.locator('.unit', { hasText: /^homologue$/ }).first().click();
    await web.locator('.gloss-card .explain-button').click({ timeout: 30_000 });
    await web.locator('.gloss-card .explain-text').first().waitFor({ timeout: 60_000 });
    for (const theme of [...THEMES].reverse()) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await web.locator(`body.${theme.webview}`).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, `explained-sentence-workbench-${theme.name}.png`) });
    }
    console.log(`screenshots in ${outDir}`);
  } catch (e) {
    await page.screenshot({ path: path.join(outDir, 'machine-translation-failure.png') }).catch(() => undefined);
    fs.copyFileSync(path.join(tmp, 'code-server.log'), path.join(outDir, 'machine-translation-code-server.log'));
    throw e;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
