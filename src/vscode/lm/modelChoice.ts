// Which chat model Dépêche may use, if any: the setting `depeche.languageModel` (`ask`, `off`, or a
// model id), never anything while VS Code's AI features are turned off (`chat.disableAIFeatures`).
// `ask` asks once, the first time a feature could use a model; the answer is kept in the setting
// ("Never" -> `off`), or for this window only ("Not now").
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export const LM_SETTING = 'languageModel';
export const LM_SETTING_FULL = `depeche.${LM_SETTING}`;

export type ModelSetting = 'ask' | 'off' | { id: string };

export function modelSetting(): ModelSetting {
  const raw = vscode.workspace.getConfiguration('depeche').get<string>(LM_SETTING, 'ask').trim();
  if (raw === '' || raw === 'ask') return 'ask';
  if (raw === 'off') return 'off';
  return { id: raw };
}

/** VS Code's own switch for every AI feature; when it is on, Dépêche uses no model either. */
export function aiFeaturesDisabled(): boolean {
  return vscode.workspace.getConfiguration('chat').get<boolean>('disableAIFeatures', false) === true;
}

async function setModelSetting(value: string): Promise<void> {
  await vscode.workspace.getConfiguration('depeche').update(LM_SETTING, value, vscode.ConfigurationTarget.Global);
}

/** Whether the learner said "Not now" in this window. */
let declinedThisSession = false;

export interface ModelRequestContext {
  /** The whole question put to the learner the first time: what the model would do, and what it is sent. */
  question: (model: string, vendor: string) => string;
  /** A command the learner ran (says why nothing happens); false for automatic uses such as on import. */
  explicit: boolean;
}

/**
 * The model to use now, or undefined when none may be used (off, AI features disabled, declined,
 * none installed). Asks when the setting is `ask`. Automatic uses stay silent when nothing is
 * available; explicit ones say why.
 */
export async function modelForUse(context: ModelRequestContext): Promise<vscode.LanguageModelChat | undefined> {
  // Told, never awaited: the feature returns at once; a button acts whenever it is clicked.
  const say = (message: string, action?: { label: string; run: () => unknown }) => {
    if (!context.explicit) return;
    void vscode.window.showInformationMessage(message, ...(action ? [action.label] : [])).then((a) => a && action?.run());
  };
  if (aiFeaturesDisabled()) {
    say(l10n.t('Dépêche: AI features are turned off in VS Code (setting {0}), so no language model is used.', 'chat.disableAIFeatures'));
    return undefined;
  }
  const setting = modelSetting();
  if (setting === 'off') {
    say(l10n.t('Dépêche: language model features are off (setting {0}).', LM_SETTING_FULL), {
      label: l10n.t('Open Setting'),
      run: () => vscode.commands.executeCommand('workbench.action.openSettings', LM_SETTING_FULL),
    });
    return undefined;
  }
  if (typeof setting === 'object') {
    const [model] = await vscode.lm.selectChatModels({ id: setting.id });
    if (!model) say(l10n.t('Dépêche: the language model “{0}” set in {1} is not available.', setting.id, LM_SETTING_FULL), { label: l10n.t('Choose Model…'), run: pickModel });
    return model;
  }
  if (declinedThisSession && !context.explicit) return undefined;
  const models = await vscode.lm.selectChatModels();
  const [first] = models;
  if (!first) {
    say(l10n.t('Dépêche: no language model is available in VS Code (install one, e.g. GitHub Copilot Chat).'));
    return undefined;
  }
  const use = l10n.t('Use {0}', first.name);
  const choose = l10n.t('Choose Model…');
  const never = l10n.t('Never');
  const answer = await vscode.window.showInformationMessage(
    context.question(first.name, first.vendor),
    use,
    ...(models.length > 1 ? [choose] : []),
    l10n.t('Not now'),
    never,
  );
  if (answer === use) {
    await setModelSetting(first.id);
    return first;
  }
  if (answer === choose) return pickModel();
  if (answer === never) await setModelSetting('off');
  else declinedThisSession = true;
  return undefined;
}

/** The quick pick of available models (plus "ask" and "off"); stores the choice in the setting. */
export async function pickModel(): Promise<vscode.LanguageModelChat | undefined> {
  const models = await vscode.lm.selectChatModels();
  type Item = vscode.QuickPickItem & { value: string; model?: vscode.LanguageModelChat };
  const current = vscode.workspace.getConfiguration('depeche').get<string>(LM_SETTING, 'ask');
  const items: Item[] = [
    ...models.map((m): Item => ({ label: m.name, description: `${m.vendor} · ${m.id}`, value: m.id, model: m })),
    { label: vscode.l10n.t('Ask first'), description: vscode.l10n.t('ask before the first use'), value: 'ask' },
    { label: vscode.l10n.t('Off'), description: vscode.l10n.t('never use a language model'), value: 'off' },
  ].map((item) => (item.value === current ? { ...item, detail: `$(check) ${vscode.l10n.t('current choice')}` } : item));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Dépêche: language model'),
    placeHolder: models.length
      ? vscode.l10n.t('The model Dépêche may use for translations, questions, senses and explanations')
      : vscode.l10n.t('No language model is available in VS Code'),
  });
  if (!picked) return undefined;
  await setModelSetting(picked.value);
  return picked.model;
}
