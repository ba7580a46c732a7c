// The HTML shell shared by every webview surface (reader, review, dashboard). It never imports
// `vscode`, so the Chromium tests build the very same page: a strict CSP where scripts run only
// by nonce, styles and images only from the extension's own files.
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../core/html';
import type { L10nBundle, UiLanguage } from '../core/uiLanguage';

export interface WebviewShell {
  /** `webview.cspSource`: the origin the webview's own files are served from. */
  cspSource: string;
  /** A fresh `makeNonce()` for every page load. */
  nonce: string;
  /** The document title (plain text, escaped here). */
  title: string;
  /** `asWebviewUri` of the bundled script. */
  scriptUri: string;
  /** `asWebviewUri` of each style sheet, in cascade order. */
  styleUris: string[];
  /** Names the surface for the style sheet (`<body data-surface="reader">`). */
  surface: string;
  /** The interface language and its bundle (English when absent); read by `src/webview/l10nSetup.ts`. */
  locale?: { lang: UiLanguage; bundle: L10nBundle };
}

/** 128 bits from the OS's random source, hex-encoded (a valid CSP nonce). */
export function makeNonce(): string {
  return randomBytes(16).toString('hex');
}

/** Escapes a double-quoted attribute value, leaving `'` readable (CSP keywords are quoted with it). */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => escapeHtml(c));
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'", // l10n-exempt: a CSP directive
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/**
 * The page for one webview surface. The interface around the text speaks the locale's language
 * (`<html lang>`); each surface marks its French reading text with `lang="fr"` (hyphenation,
 * screen readers). The bundle travels as a data attribute: data, never script.
 */
export function webviewHtml(shell: WebviewShell): string {
  const attr = escapeAttribute;
  const locale = shell.locale ?? { lang: 'en', bundle: {} };
  const styles = shell.styleUris.map((href) => `  <link rel="stylesheet" href="${attr(href)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="${attr(locale.lang)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(shell.cspSource, shell.nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
  <title>${escapeHtml(shell.title)}</title>
</head>
<body data-surface="${attr(shell.surface)}" data-l10n="${attr(JSON.stringify(locale.bundle))}">
  <div id="app" aria-busy="true"></div>
  <script nonce="${attr(shell.nonce)}" src="${attr(shell.scriptUri)}"></script>
</body>
</html>
`;
}
