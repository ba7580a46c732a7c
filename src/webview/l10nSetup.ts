// Loads the interface language's messages before any other webview module runs: each entry
// script imports this module first, so every `l10n.t` (even at module level) sees the bundle.
import * as l10n from '@vscode/l10n';

function pageBundle(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(document.body?.dataset.l10n ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {}; // a page without a bundle is English
  }
}

l10n.config({ contents: pageBundle() });
