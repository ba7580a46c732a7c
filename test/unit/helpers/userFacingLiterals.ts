// Finds English a user would read that does not go through `l10n.t` / `vscode.l10n.t`: string
// literals in the places user-facing text goes (notifications, quick picks, tree items, status
// bar, diagnostics, hovers, DOM text and accessible names), and, in the interface code (`src/vscode`,
// `src/webview`), any literal that reads as English prose wherever it is, except where code reads
// it (class names, selectors, settings, commands, logs, internal errors). A literal that is rightly
// not translated (a brand, French content) carries `// l10n-exempt: <why>` on its line or the line above.
import ts from 'typescript';

export interface Bypass {
  line: number;
  text: string;
}

/** Calls whose string arguments are shown as they are. */
const SHOWING_CALLS = new Set([
  'showInformationMessage',
  'showWarningMessage',
  'showErrorMessage',
  'setStatusBarMessage',
]);

/** Constructors whose (first, or for `Diagnostic` second) argument is shown. */
const SHOWING_CONSTRUCTORS: Record<string, number[]> = {
  TreeItem: [0],
  Diagnostic: [1],
  MarkdownString: [0],
  CodeAction: [0],
  Hover: [0],
};

/** Object properties and DOM properties that carry what a user reads or hears. */
const SHOWN_PROPERTIES = new Set([
  'title',
  'label',
  'description',
  'detail',
  'placeHolder',
  'placeholder',
  'prompt',
  'tooltip',
  'text',
  'textContent',
  'innerText',
  'message',
  'aria-label',
  'ariaLabel',
  'aria-description',
  'alt',
  'hint',
  'validationMessage',
]);

const SHOWN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);

/**
 * Prose, as opposed to an identifier, a class name, a key or a path: two letters in a row, and a
 * space, a capital first letter or a closing mark. `Dépêche` alone is the product's name.
 */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed) || trimmed === 'Dépêche') return false;
  if (/^[\w$.:/#@-]+$/u.test(trimmed) && !/^\p{Lu}\p{Ll}/u.test(trimmed)) return false; // ids, classes, paths
  if (/^(codicon|\$\()/.test(trimmed)) return false;
  return /\s/.test(trimmed) || /^\p{Lu}/u.test(trimmed) || /[.…:?!]$/.test(trimmed);
}

/** English words common in interface text: a literal with one of them and a space is prose. */
const ENGLISH_WORDS =
  /\b(the|a|an|to|of|in|on|at|for|is|are|was|be|your|you|no|not|this|that|it|its|and|or|with|from|what|how|when|there|has|have|can|could|will|show|open|hear|add|edit|read|review|lesson|lessons|word|words|quiz|known|new|due|next|none|nothing|yet|left|done|saved|answer|gloss|note)\b/i;

/** A literal of the interface code that reads as English, wherever it is. */
export function looksLikeEnglish(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed)) return false;
  if (/^\p{Lu}\p{Ll}+$/u.test(trimmed)) return trimmed !== 'Dépêche'; // a one-word label: 'Undo'
  return /\s/.test(trimmed) && ENGLISH_WORDS.test(trimmed) && !/^[.#\[:]|[{};=]/.test(trimmed); // not a selector or code
}

/** Property names and calls whose string arguments code reads, not people. */
const CODE_PROPERTIES = new Set(['class', 'className', 'type', 'role', 'id', 'key', 'command', 'when', 'kind', 'mode', 'action', 'lang', 'viewType', 'surface', 'aria-keyshortcuts', 'accessKey', 'name', 'scheme', 'language', 'pattern', 'event']);
const CODE_CALLS = /^(console\.\w+|(\w+\.)*(querySelector|querySelectorAll|closest|matches|getElementById|getConfiguration|get|update|registerCommand|executeCommand|joinPath|addEventListener|removeEventListener|postMessage|add|remove|toggle|contains|has|startsWith|endsWith|includes|split|replace|join|test|match|getAttribute|hasAttribute|removeAttribute|require|resolve|createOutputChannel|setContext)|Error|TypeError|RangeError|RegExp)$/;

function readByCode(literal: ts.Node): boolean {
  // Climb through the expressions that only choose or join literals: `a ? 'x y' : 'z'`, `'x' + y`.
  let node = literal;
  while (
    node.parent &&
    (ts.isConditionalExpression(node.parent) && node.parent.condition !== node ||
      ts.isParenthesizedExpression(node.parent) ||
      ts.isTemplateSpan(node.parent) ||
      ts.isTemplateExpression(node.parent) ||
      ts.isArrayLiteralExpression(node.parent) ||
      ts.isBinaryExpression(node.parent) && /^(\+|\|\||\?\?|&&)$/.test(node.parent.operatorToken.getText()))
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isElementAccessExpression(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = propertyName(parent.name);
    return !!name && (CODE_PROPERTIES.has(name) || name.startsWith('data-'));
  }
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) return CODE_CALLS.test(parent.expression.getText());
  if (ts.isCaseClause(parent) || (ts.isBinaryExpression(parent) && /^(===|!==|==|!=)$/.test(parent.operatorToken.getText()))) return true;
  if (ts.isSetAccessorDeclaration(parent) || ts.isEnumMember(parent)) return true;
  return false;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ') || undefined;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [literalText(node.left), literalText(node.right)].filter(Boolean).join(' ') || undefined;
  }
  return undefined;
}

function propertyName(name: ts.PropertyName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name)) return name.text;
  return undefined;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function isL10nCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText()) || ts.isTaggedTemplateExpression(node) && /(^|\.)l10n\.t$/.test(node.tag.getText());
}

export function userFacingLiterals(source: ts.SourceFile, interfaceCode = /[\\/]src[\\/](vscode|webview)[\\/]/.test(source.fileName)): Bypass[] {
  const lines = source.text.split('\n');
  const exempt = (line: number) => /l10n-exempt:/.test(lines[line - 1] ?? '') || /l10n-exempt:/.test(lines[line - 2] ?? '');
  const hits: Bypass[] = [];

  const reported = new Set<ts.Node>();
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (reported.has(node) || exempt(line)) return;
    reported.add(node);
    hits.push({ line, text: text.length > 60 ? `${text.slice(0, 57)}…` : text });
  };
  const check = (node: ts.Node | undefined) => {
    if (!node) return;
    const text = literalText(node);
    if (text !== undefined && looksLikeProse(text)) report(node, text);
  };

  const visit = (node: ts.Node): void => {
    if (isL10nCall(node)) return; // the message itself
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name && SHOWING_CALLS.has(name)) node.arguments.forEach(check);
      if (name === 'setAttribute' && node.arguments.length === 2) {
        const attribute = literalText(node.arguments[0]!);
        if (attribute && SHOWN_ATTRIBUTES.has(attribute)) check(node.arguments[1]);
      }
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      for (const index of (name && SHOWING_CONSTRUCTORS[name]) || []) check(node.arguments?.[index]);
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name && SHOWN_PROPERTIES.has(name)) check(node.initializer);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (SHOWN_PROPERTIES.has(node.left.name.text)) check(node.right);
    }
    if (interfaceCode && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !readByCode(node)) {
      const text = literalText(node)!;
      if (looksLikeEnglish(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  hits.sort((a, b) => a.line - b.line);
  return hits;
}
