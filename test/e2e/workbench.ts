// What the end-to-end tests and screenshot scripts share about driving the workbench in code-server.
import type { Page } from 'playwright-core';

/** Built-in themes and the class each gives the workbench and the webview body. */
export const THEMES = [
  { name: 'light', setting: 'Default Light Modern', workbench: 'vs', webview: 'vscode-light' },
  { name: 'dark', setting: 'Default Dark Modern', workbench: 'vs-dark', webview: 'vscode-dark' },
  { name: 'high-contrast', setting: 'Default High Contrast', workbench: 'hc-black', webview: 'vscode-high-contrast' },
] as const;

/**
 * Runs a command from the palette. Extension commands are listed only once the remote extension
 * host has registered them (10-25 s after the page loads), so retry until the row shows up.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  for (;;) {
    try {
      // Inside the retry too: on a slow start the palette can open inert (not yet editable) once.
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(`>${title}`, { timeout: 10_000 });
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ timeout: 3_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
    }
  }
}
