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

/** A bundle as `@vscode/l10n-dev` writes it: the English message (or `message/comment`) → its translation. */
export type L10nBundle = Record<string, string>;
