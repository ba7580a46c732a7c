// The interface in French: every user-facing string goes through localisation, and the French
// bundles translate every key with French typography. The messages are extracted from the code by
// `@vscode/l10n-dev`, the tool `npm run l10n` runs, so the check sees what VS Code will look up.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import ts from 'typescript';
import { resolveUiLanguage } from '../../src/core/uiLanguage';
import { userFacingLiterals } from './helpers/userFacingLiterals';

const ROOT = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** The TypeScript sources that run in the extension host, the webviews and the core. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `{0}`, `{name}`: what a translation must keep. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{[^{}\s]+\}/g)].map((m) => m[0]).sort();
}

/**
 * French typography in a translation: a non-breaking space (U+00A0 or U+202F) before : ; ? ! and
 * inside « », never an ordinary space or none. Returns what is wrong, or nothing.
 */
function typographyFaults(text: string): string[] {
  // Code, link targets and placeholders are not prose.
  const prose = text.replace(/`[^`]*`/g, 'X').replace(/\]\([^)]*\)/g, ']').replace(/\{[^{}\s]+\}/g, 'X');
  const faults: string[] = [];
  if (/ [;:?!»]/.test(prose) || /[^\s\u00a0\u202f][;:?!](?=\s|$)/u.test(prose)) faults.push('a non-breaking space before ; : ? !');
  if (/«(?![\u00a0\u202f])/.test(prose) || /(?<![\u00a0\u202f])»/.test(prose)) faults.push('non-breaking spaces inside « »');
  if (/"[^"]*"/.test(prose)) faults.push('« » rather than "…"');
  return faults;
}

describe('interface language', () => {
  it('follows VS Code unless the learner chose', () => {
    assert.equal(resolveUiLanguage('auto', 'fr'), 'fr');
    assert.equal(resolveUiLanguage('auto', 'fr-ca'), 'fr');
    assert.equal(resolveUiLanguage('auto', 'en-us'), 'en');
    assert.equal(resolveUiLanguage('fr', 'en'), 'fr');
    assert.equal(resolveUiLanguage('en', 'fr'), 'en');
    assert.equal(resolveUiLanguage(undefined, 'de'), 'en');
  });

  it('typography check catches a plain space before a colon and "quotes"', () => {
    assert.deepEqual(typographyFaults('Leçon\u202f: «\u00a0texte\u00a0» ou `a:b` et [lien](command:x)\u202f?'), []);
    assert.ok(typographyFaults('« texte »').length > 0);
    assert.ok(typographyFaults('Leçon : suivante').length > 0);
    assert.ok(typographyFaults('Leçon suivante?').length > 0);
    assert.ok(typographyFaults('le mot "paix"').length > 0);
  });
});

describe('localisation of the code (l10n/bundle.l10n*.json)', function () {
  this.timeout(120_000);
  let extracted: Record<string, unknown>;

  before(async () => {
    const files = sourceFiles().map((path) => ({ extension: '.ts', contents: readFileSync(path, 'utf8') }));
    extracted = (await getL10nJson(files)) as Record<string, unknown>;
  });

  it('the English bundle is what the code says (run `npm run l10n` after changing a message)', () => {
    assert.deepEqual(Object.keys(readJson('l10n/bundle.l10n.json')).sort(), Object.keys(extracted).sort());
  });

  it('the French bundle translates every message, and nothing stale', () => {
    const french = readJson('l10n/bundle.l10n.fr.json');
    const missing = Object.keys(extracted).filter((key) => typeof french[key] !== 'string' || !(french[key] as string).trim());
    const stale = Object.keys(french).filter((key) => !(key in extracted));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
  });

  it('each translation keeps the placeholders and French typography', () => {
    const french = readJson('l10n/bundle.l10n.fr.json');
    const faults: string[] = [];
    for (const [key, value] of Object.entries(french)) {
      const message = typeof extracted[key] === 'string' ? (extracted[key] as string) : key;
      if (placeholders(message).join() !== placeholders(String(value)).join()) faults.push(`${key}: placeholders`);
      for (const fault of typographyFaults(String(value))) faults.push(`${key}: ${fault}`);
    }
    assert.deepEqual(faults, []);
  });

  it('no user-facing string literal bypasses l10n.t', () => {
    const bypasses = sourceFiles().flatMap((path) => {
      const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      return userFacingLiterals(source).map((hit) => `${relative(ROOT, path)}:${hit.line}: ${hit.text}`);
    });
    assert.deepEqual(bypasses, []);
  });
});

describe('localisation of package.json (package.nls*.json)', () => {
  const pkg = readJson('package.json');
  const english = readJson('package.nls.json');
  const french = readJson('package.nls.fr.json');

  /** Every string of the manifest a user reads, with where it is. */
  function userStrings(value: unknown, path: string, out: [string, string][]): [string, string][] {
    if (typeof value === 'string') {
      if (/(^|\.)(displayName|description|markdownDescription|title|shortTitle|name|contextualTitle|contents|altText|enumDescriptions|markdownEnumDescriptions|deprecationMessage)(\.\d+)?$/.test(path)) out.push([path, value]);
    } else if (Array.isArray(value)) value.forEach((item, i) => userStrings(item, `${path}.${i}`, out));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) userStrings(v, path ? `${path}.${k}` : k, out);
    return out;
  }

  const shown = userStrings({ displayName: pkg.displayName, description: pkg.description, contributes: pkg.contributes }, '', []).filter(
    ([path]) => !/\.(properties\.[^.]+\.)?(type|default)$/.test(path),
  );

  it('every string a user reads is a %key% of package.nls.json', () => {
    const literal = shown.filter(([, value]) => !/^%[^%]+%$/.test(value)).map(([path, value]) => `${path}: ${value}`);
    assert.deepEqual(literal, []);
    const unknown = shown.map(([, value]) => value.slice(1, -1)).filter((key) => typeof english[key] !== 'string');
    assert.deepEqual(unknown, []);
  });

  it('package.nls.fr.json translates every key, with its placeholders and French typography', () => {
    const faults: string[] = [];
    for (const [key, message] of Object.entries(english)) {
      const value = french[key];
      if (typeof value !== 'string' || !value.trim()) {
        faults.push(`${key}: missing`);
        continue;
      }
      if (placeholders(String(message)).join() !== placeholders(value).join()) faults.push(`${key}: placeholders`);
      for (const fault of typographyFaults(value)) faults.push(`${key}: ${fault}`);
    }
    for (const key of Object.keys(french)) if (!(key in english)) faults.push(`${key}: stale`);
    assert.deepEqual(faults, []);
  });
});
