// Screenshots, in the real VS Code workbench (code-server + headless chromium), of the editor
// features in light and dark: a broken lesson open beside its preview, with the Problems panel
// listing its diagnostics and those of a lesson file nobody opened; and the hover on a French word in
// a `.txt` file.
// Run by hand: source .ci/setup-vscode.sh && npm run package && npx tsx test/e2e/editorShots.ts [OUTDIR]
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { THEMES, runCommand } from './workbench';
import { installExtension, launchChromium, startCodeServer, writeUserSettings } from '../integration/codeServer';

const root = path.resolve(__dirname, '../..');
const vsix = process.env.DEPECHE_VSIX ?? path.join(root, 'dist', 'depeche.vsix');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'test-results', 'e2e'));

const DISPATCH = [
  'PARIS, 3 mars 2022 (AFP) - Le ministre français des Affaires étrangères a rencontré jeudi son homologue allemand à Paris pour préparer le prochain sommet européen.',
  "Les deux ministres ont souligné l'importance de la coopération entre les deux pays.",
].join('\n\n');

async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick({ timeout: 60_000 });
  await page.locator('.tabs-container .tab', { hasText: name }).first().waitFor({ timeout: 30_000 });
}

async function main(): Promise<void> {
  assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-editor-shots-'));
  const dirs = { userDataDir: path.join(tmp, 'user-data'), extensionsDir: path.join(tmp, 'extensions'), configDir: path.join(tmp, 'config') };
  const workspace = path.join(tmp, 'workspace');
  // The test workspace's lessons (one of them broken, never opened), a broken draft and a dispatch.
  fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  fs.copyFileSync(path.join(root, 'test', 'fixtures', 'lessons', 'authoring', 'broken.md'), path.join(workspace, 'brouillon.md'));
  fs.writeFileSync(path.join(workspace, 'depeche.txt'), DISPATCH);
  const setColorTheme = (theme: string) => {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }));
  };
  writeUserSettings(dirs, { 'depeche.languageModel': 'off' });
  setColorTheme(THEMES[0].setting);
  installExtension(dirs, vsix);

  const server = await startCodeServer(dirs, { logFile: path.join(tmp, 'code-server.log') });
  const browser = await launchChromium(path.join(tmp, 'chromium-profile'));
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 180_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await openFromExplorer(page, 'brouillon.md');
    await runCommand(page, 'Dépêche: Open Lesson Preview to the Side');
    const web = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await web.locator('.unit').first().waitFor({ timeout: 120_000 });
    await web.locator('.preview-problems li').first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Problems: Focus on Problems View');
    const problems = page.locator('.markers-panel');
    await problems.getByText('02-en-panne.md').first().waitFor({ timeout: 120_000 });
    await problems.getByText(/NUON/).first().waitFor({ timeout: 60_000 });

    for (const theme of THEMES.slice(0, 2)) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await web.locator(`body.${theme.webview}`).waitFor({ timeout: 30_000 });
      await page.locator('.tabs-container .tab', { hasText: 'brouillon.md' }).first().click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(outDir, `editor-problems-preview-${theme.name}.png`) });

      await openFromExplorer(page, 'depeche.txt');
      // « ministres » of the second paragraph: near the start of its line, on screen in a narrow editor.
      const word = page.locator('.monaco-editor .view-line span', { hasText: 'deux ministres' }).first();
      const hover = page.locator('.monaco-hover', { hasText: 'Add to review' });
      for (let attempt = 0; !(await hover.isVisible()); attempt++) {
        if (attempt > 10) throw new Error('no hover over « ministres »');
        await page.mouse.move(0, 0);
        const box = await word.boundingBox();
        assert.ok(box, 'the word is on screen');
        // Over « ministres » itself, not the start of its span (the editor's font is monospaced).
        const text = (await word.textContent()) ?? '';
        const at = text.indexOf('ministres');
        const x = box.x + (box.width * (at + 3)) / Math.max(text.length, 1);
        await page.mouse.move(x, box.y + box.height / 2);
        await hover.waitFor({ timeout: 5_000 }).catch(() => undefined);
      }
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, `editor-hover-txt-${theme.name}.png`) });
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
    }
    console.log(`screenshots in ${outDir}`);
  } catch (e) {
    await page.screenshot({ path: path.join(outDir, 'editor-shots-failure.png') }).catch(() => undefined);
    fs.copyFileSync(path.join(tmp, 'code-server.log'), path.join(outDir, 'editor-shots-code-server.log'));
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
