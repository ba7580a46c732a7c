// The language of Dépêche's own interface. VS Code's chrome (quick picks, the tree, the status bar,
// package.json contributions) follows VS Code's display language through `vscode.l10n`; the
// webviews, the core's messages (quiz explanations, lesson errors) and the notifications that carry
// them follow `depeche.interfaceLanguage` through `@vscode/l10n` (configured here), so a learner can
// read the reader in French while VS Code stays English, and a notification never frames a French
// message in English (test/unit/notificationLanguage.test.ts). Both read `l10n/bundle.l10n.fr.json`.
import { readFileSync } from 'node:fs';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { resolveUiLanguage, setCoreUiLanguage, type L10nBundle, type UiLanguage } from '../core/uiLanguage';
import { Settings } from './ids';

/** What a webview page needs to speak the interface language: set on its shell. */
export interface WebviewLocale {
  lang: UiLanguage;
  /** Empty for English: the messages in the code are the English ones. */
  bundle: L10nBundle;
}

const ENGLISH: WebviewLocale = { lang: 'en', bundle: {} };

export class InterfaceLanguage implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WebviewLocale>();
  private readonly subscription: vscode.Disposable;
  private frenchBundle: L10nBundle | undefined;
  private locale: WebviewLocale = ENGLISH;

  /** Fires after the setting changed and the core's messages were switched. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.apply();
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${Settings.section}.${Settings.interfaceLanguage}`)) return;
      this.apply();
      this.changed.fire(this.locale);
    });
  }

  /** The locale for a webview page built now. */
  current(): WebviewLocale {
    return this.locale;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private apply(): void {
    const setting = vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.interfaceLanguage);
    const lang = resolveUiLanguage(setting, vscode.env.language);
    this.locale = lang === 'fr' ? { lang, bundle: this.loadFrench() } : ENGLISH;
    l10n.config({ contents: this.locale.bundle });
    setCoreUiLanguage(lang);
  }

  private loadFrench(): L10nBundle {
    if (!this.frenchBundle) {
      const file = vscode.Uri.joinPath(this.extensionUri, 'l10n', 'bundle.l10n.fr.json').fsPath;
      try {
        this.frenchBundle = JSON.parse(readFileSync(file, 'utf8')) as L10nBundle;
      } catch (error) {
        // The bundle ships with the extension: a failure here is a broken install, not user data.
        console.error(`[depeche] could not read ${file}; the interface stays in English`, error);
        this.frenchBundle = {};
      }
    }
    return this.frenchBundle;
  }
}

let active: InterfaceLanguage | undefined;

/** Made once at activation; the pages built afterwards speak its language. */
export function startInterfaceLanguage(extensionUri: vscode.Uri): InterfaceLanguage {
  active?.dispose();
  active = new InterfaceLanguage(extensionUri);
  return active;
}

/** The locale for a webview page built now (English before activation). */
export function webviewLocale(): WebviewLocale {
  return active?.current() ?? ENGLISH;
}
