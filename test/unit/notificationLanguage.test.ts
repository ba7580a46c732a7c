// Notifications speak the interface language (`depeche.interfaceLanguage`), as the core's messages
// they carry do: with `fr` and VS Code in English, « Dépêche : la leçon… » rather than an English
// frame around a French sentence. So every text a notification shows (its message, its buttons,
// a progress notification's title) is built with `@vscode/l10n`'s `l10n.t`, which the host configures
// with the interface language's bundle, never with `vscode.l10n.t`, which follows VS Code's display
// language. Checked on the sources with the TypeScript compiler, as l10n.test.ts checks literals.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const SHOW = /^show(Information|Warning|Error)Message$/;

function hostFiles(dir = join(ROOT, 'src', 'vscode')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return hostFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isVscodeL10n = (node: ts.Node, sf: ts.SourceFile) => ts.isCallExpression(node) && node.expression.getText(sf) === 'vscode.l10n.t';

/**
 * An identifier that stands for a text: not a property's name or object (`series.title`, `path.basename`)
 * and not the input of a call that makes something else of it (`knownShareSentence(series)`).
 */
function standsForText(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) && parent.name === node) return false;
  return !(ts.isCallExpression(parent) && parent.arguments.includes(node));
}

/** Whether `node` holds a `vscode.l10n.t(…)` call, or names a variable of the file whose value does. */
function usesVscodeL10n(node: ts.Node, sf: ts.SourceFile, variables: Map<string, ts.Node[]>, seen = new Set<string>(), top = true): boolean {
  if (isVscodeL10n(node, sf)) return true;
  if (ts.isIdentifier(node) && (top || standsForText(node)) && !seen.has(node.text)) {
    seen.add(node.text);
    if ((variables.get(node.text) ?? []).some((init) => usesVscodeL10n(init, sf, variables, seen))) return true;
  }
  return ts.forEachChild(node, (child) => usesVscodeL10n(child, sf, variables, seen, false) || undefined) ?? false;
}

/** Notification texts built with `vscode.l10n.t`, as `file:line: text`. */
function notificationsInVscodeLanguage(path: string): string[] {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const variables = new Map<string, ts.Node[]>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      variables.set(node.name.text, [...(variables.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const hits: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${node.getText(sf).slice(0, 90)}`;
  const visit = (node: ts.Node): void => {
    // window.showInformationMessage(message, ...buttons)
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SHOW.test(node.expression.name.text)) {
      for (const arg of node.arguments) if (usesVscodeL10n(arg, sf, variables)) hits.push(where(arg));
    }
    // withProgress({ location: ProgressLocation.Notification, title })
    if (ts.isObjectLiteralExpression(node) && /ProgressLocation\.Notification/.test(node.getText(sf))) {
      const title = node.properties.find((p) => p.name?.getText(sf) === 'title');
      if (title && usesVscodeL10n(title, sf, variables)) hits.push(where(title));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe('notifications follow the interface language', () => {
  it('the check finds a notification framed with vscode.l10n.t, directly or through a variable', () => {
    const sample = join(ROOT, 'test', 'fixtures', 'l10n', 'notificationSample.ts.txt');
    assert.deepEqual(notificationsInVscodeLanguage(sample).map((hit) => hit.split(': ')[0]), [
      'test/fixtures/l10n/notificationSample.ts.txt:5',
      'test/fixtures/l10n/notificationSample.ts.txt:7',
      'test/fixtures/l10n/notificationSample.ts.txt:8',
      'test/fixtures/l10n/notificationSample.ts.txt:9',
    ]);
  });

  it('no notification of the extension is framed in VS Code\'s display language', () => {
    assert.deepEqual(hostFiles().flatMap(notificationsInVscodeLanguage), []);
  });
});
