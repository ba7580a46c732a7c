// Glosses in any French text: the hover, the learning underlines and the hover's two commands.
import * as vscode from 'vscode';
import type { Analyzer } from '../../core/text/types';
import { Commands } from '../ids';
import type { ProgressHub } from '../progressHub';
import { FrenchDocuments } from './frenchDocuments';
import { registerFrenchHover, type AddToReviewArgs } from './frenchHover';
import { registerLearningUnderlines, type LearningUnderlines } from './learningUnderlines';

export interface FrenchTextDeps {
  analyzer(): Analyzer | undefined;
  isLesson(document: vscode.TextDocument): boolean;
  hub: ProgressHub;
}

export interface FrenchText {
  underlines: LearningUnderlines;
  disposables: vscode.Disposable[];
}

export function registerFrenchText(deps: FrenchTextDeps): FrenchText {
  const documents = new FrenchDocuments(deps.analyzer, deps.isLesson);
  const underlines = registerLearningUnderlines(documents, deps.hub);
  const disposables = [
    documents,
    registerFrenchHover(documents, deps.hub),
    underlines,
    vscode.commands.registerCommand(Commands.addToReview, async (args?: AddToReviewArgs) => {
      if (!args || typeof args.key !== 'string' || !/\|[A-Z]+$/.test(args.key)) return;
      const progress = await deps.hub.ready();
      progress.setStatus({ key: args.key, lesson: args.source, sentence: args.sentence, form: args.form, gloss: args.gloss }, 'learning-1');
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Dépêche: “{0}” is in your reviews.', args.form), 4000);
    }),
    vscode.commands.registerCommand(Commands.openAsLesson, async (uri?: string) => {
      // The selection if there is one in that document, else the whole document.
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.toString() === uri && !editor.selection.isEmpty) {
        return vscode.commands.executeCommand(Commands.importDispatch, { text: editor.document.getText(editor.selection) });
      }
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : editor?.document;
      return document ? vscode.commands.executeCommand(Commands.importDispatch, { text: document.getText() }) : undefined;
    }),
  ];
  return { underlines, disposables };
}
