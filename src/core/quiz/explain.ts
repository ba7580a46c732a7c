// The English explanations of the quiz follow the interface language (`@vscode/l10n`, configured
// by the host or the page); these helpers join their parts the way each language punctuates.
import * as l10n from '@vscode/l10n';

/** `a; b; c` (`a ; b ; c` in French). */
export function clauses(parts: readonly string[]): string {
  return parts.length === 0 ? '' : parts.reduce((joined, part) => l10n.t('{0}; {1}', joined, part));
}

/** `term: meaning` (`term : meaning` in French). */
export function pair(term: string, meaning: string): string {
  return l10n.t('{0}: {1}', term, meaning);
}
