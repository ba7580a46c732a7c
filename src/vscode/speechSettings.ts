// The listening settings (`depeche.speechRate`, `depeche.voice`) for the reader and review
// webviews, and "Choose French Voice": a quick pick of the French voices the reader's webview found
// (the voices are the webview's own, so the list comes from the page, not from the extension host).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { SpeechSettings, VoiceInfo } from '../protocol';
import { normalizeSpeech } from '../webview/speech';
import { Commands, Settings } from './ids';

export class SpeechSettingsSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeechSettings>();
  private readonly subscription: vscode.Disposable;
  /** The French voices the last reader page reported. */
  voices: VoiceInfo[] = [];

  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.speechRate}`) || e.affectsConfiguration(`${Settings.section}.${Settings.voice}`)) {
        this.changed.fire(this.current());
      }
    });
  }

  current(): SpeechSettings {
    const config = vscode.workspace.getConfiguration(Settings.section);
    return normalizeSpeech({ rate: config.get<number>(Settings.speechRate), voice: config.get<string>(Settings.voice) });
  }

  /** Keeps only well-formed entries: the list comes from a webview. */
  report(voices: unknown): void {
    if (!Array.isArray(voices)) return;
    this.voices = voices.filter(
      (v): v is VoiceInfo => !!v && typeof v === 'object' && typeof (v as VoiceInfo).name === 'string' && typeof (v as VoiceInfo).lang === 'string',
    );
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function registerChooseVoice(source: SpeechSettingsSource): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.chooseVoice, async () => {
    if (source.voices.length === 0) {
      void vscode.window.showInformationMessage(l10n.t('No French voice is known yet: open a lesson (its page lists the voices), or add a French voice to your system.'));
      return;
    }
    const current = source.current().voice;
    const automatic = { label: vscode.l10n.t('Automatic'), description: vscode.l10n.t('the system’s French voice'), voice: '' };
    const items = [automatic, ...source.voices.map((v) => ({ label: v.name, description: v.lang, voice: v.name }))].map((item) => ({
      ...item,
      picked: item.voice === current,
      detail: item.voice === current ? vscode.l10n.t('current') : undefined,
    }));
    const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('French voice for listening'), placeHolder: vscode.l10n.t('The voice that reads lessons and review cards aloud') });
    if (!chosen) return;
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.voice, chosen.voice, vscode.ConfigurationTarget.Global);
  });
}
