// The HTML shell every webview surface shares: its CSP, nonce and escaping.
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/core/html';
import { contentSecurityPolicy, makeNonce, webviewHtml } from '../../src/vscode/webviewHtml';

const SHELL = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123',
  title: 'Wang Yi </title><script>alert(1)</script> & « Lavrov »',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/reader.js',
  styleUris: ['https://file+.vscode-resource.vscode-cdn.net/ext/media/reader.css'],
  surface: 'reader',
};

describe('webview HTML shell', () => {
  it('makes a fresh 128-bit hex nonce every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => makeNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
  });

  it('declares a strict CSP: nothing by default, scripts by nonce only, styles/images/fonts from the extension', () => {
    const html = webviewHtml(SHELL);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, contentSecurityPolicy(SHELL.cspSource, SHELL.nonce));
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));
    assert.equal(directives.get('default-src'), "default-src 'none'");
    assert.equal(directives.get('script-src'), "script-src 'nonce-abc123'");
    assert.equal(directives.get('style-src'), `style-src ${SHELL.cspSource}`);
    assert.equal(directives.get('img-src'), `img-src ${SHELL.cspSource} data:`);
    assert.equal(directives.get('font-src'), `font-src ${SHELL.cspSource}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('loads the script by nonce and the styles by link, and nothing inline', () => {
    const html = webviewHtml(SHELL);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="abc123" src="${SHELL.scriptUri}">`]);
    assert.ok(html.includes(`<link rel="stylesheet" href="${SHELL.styleUris[0]}">`));
    assert.doesNotMatch(html, /<style|style=/);
  });

  it('escapes the title', () => {
    const html = webviewHtml(SHELL);
    assert.ok(html.includes('<title>Wang Yi &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; « Lavrov »</title>'));
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('escapes attribute values', () => {
    assert.equal(escapeHtml(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;');
    const html = webviewHtml({ ...SHELL, scriptUri: 'x" onload="alert(1)' });
    assert.ok(html.includes('src="x&quot; onload=&quot;alert(1)"'));
  });
});
