// Which language the interface around the French text speaks. Glosses stay English whatever it
// is: they are the learner's bridge. Only English and French exist.
export type UiLanguage = 'en' | 'fr';

export const UI_LANGUAGE_SETTINGS = ['auto', 'en', 'fr'] as const;
export type UiLanguageSetting = (typeof UI_LANGUAGE_SETTINGS)[number];

/**
 * `depeche.interfaceLanguage` against VS Code's display language (`vscode.env.language`, e.g.
 * `fr`, `fr-ca`, `en-us`): `auto` follows VS Code, anything unknown counts as `auto`.
 */
export function resolveUiLanguage(setting: unknown, displayLanguage: string): UiLanguage {
  if (setting === 'en' || setting === 'fr') return setting;
  return displayLanguage.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

let current: UiLanguage = 'en';

/** Set by the host with the bundle it gives `@vscode/l10n`: the core's figures follow its messages. */
export function setCoreUiLanguage(lang: UiLanguage): void {
  current = lang;
}

/**
 * Whether a count takes the singular in `lang` (the core's interface language unless given):
 * 1 in English, 0 and 1 in French (« 0 lemme connu », « 1 lemme connu », « 2 lemmes connus »).
 * Callers choose between two whole messages, so each language words both as it needs.
 */
export function takesSingular(n: number, lang: string = current): boolean {
  return new Intl.PluralRules(lang.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en').select(n) === 'one';
}

/** "20,000" in English, "20 000" (narrow no-break space) in French: figures read by people. */
export function formatCount(n: number): string {
  return n.toLocaleString(current === 'fr' ? 'fr-FR' : 'en-US');
}

/** "62%" in English, "62 %" in French: a share (0-1) rounded to a whole percent. */
export function formatPercent(share: number): string {
  return formatPercentIn(share, current);
}

/**
 * The same in a given language (`en`, `fr`, `fr-CA`…): the webviews, which take their language from
 * the page, use it too, so that a share reads the same in the host's messages and in a page.
 */
export function formatPercentIn(share: number, lang: string): string {
  // ICU writes a no-break space before the sign; the interface's French typography uses the narrow one
  // before % as before : ; ? ! (its figures already group thousands with it).
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share).replace('\u00a0%', '\u202f%');
}

/** A bundle as `@vscode/l10n-dev` writes it: the English message (or `message/comment`) → its translation. */
export type L10nBundle = Record<string, string>;
