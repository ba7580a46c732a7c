// "Explain this sentence" on the reader's gloss card: on demand only, the sentence of the word on
// the card goes to the model, and its plain-text answer comes back to the card, labelled as the
// model's. The card offers it only while a model may be used (modelOffered).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { ReaderDocument } from '../../core/lesson/model';
import { explainRequest, readExplanation, sentenceOfUnit } from '../../core/lm/explainSentence';
import { aiFeaturesDisabled, LM_SETTING_FULL, modelForUse, modelSetting } from './modelChoice';
import { askModel, failureReason } from './modelRequest';

export type ExplainOutcome =
  | { outcome: 'explained'; sentence: string; text: string; model: string }
  | { outcome: 'unavailable' | 'cancelled' | 'rejected' | 'failed'; message: string };

export async function explainSentence(doc: ReaderDocument, unitId: number, token: vscode.CancellationToken): Promise<ExplainOutcome> {
  const sentence = sentenceOfUnit(doc, unitId);
  if (!sentence) return { outcome: 'rejected', message: l10n.t('That word is not in a sentence of this lesson.') };
  const model = await modelForUse({
    question: (m, vendor) => l10n.t('Dépêche can explain sentences with a language model. It sends the sentence you ask about to {0} ({1}).', m, vendor),
    explicit: true,
  });
  if (!model) return { outcome: 'unavailable', message: l10n.t('No language model may be used.') };
  const word = doc.units[unitId]?.text;
  try {
    const answer = await askModel(model, explainRequest(sentence, word), l10n.t('Dépêche asks for an explanation of one sentence of “{0}”.', doc.meta.title), token);
    return { outcome: 'explained', sentence, text: readExplanation(answer), model: model.name };
  } catch (err) {
    const { kind, why } = failureReason(err, model.name);
    return { outcome: kind, message: why };
  }
}

/** Whether the card may offer the explanation: a model may be used and one exists (no request is made). */
export async function modelOffered(): Promise<boolean> {
  if (aiFeaturesDisabled()) return false;
  const setting = modelSetting();
  if (setting === 'off') return false;
  const models = await vscode.lm.selectChatModels(typeof setting === 'object' ? { id: setting.id } : undefined);
  return models.length > 0;
}

/** Fires when what modelOffered answers may have changed. */
export function onModelOfferChange(listener: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.lm.onDidChangeChatModels(listener),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(LM_SETTING_FULL) || e.affectsConfiguration('chat.disableAIFeatures')) listener();
    }),
  );
}
