// Hovers over French words in plain text and Markdown: the reader's gloss for the word in context,
// the learner's status, and links to add the word to the reviews or make the text a lesson.
import * as vscode from 'vscode';
import { hoverMarkdown } from '../../core/editor/textHover';
import { Commands } from '../ids';
import type { ProgressHub } from '../progressHub';
import type { FrenchDocuments } from './frenchDocuments';

/** What "Add to review" records: the word as met in this document. */
export interface AddToReviewArgs {
  key: string;
  form: string;
  sentence: string;
  gloss: string;
  /** Where it was met (the file's name): kept as the record's lesson. */
  source: string;
}

export function registerFrenchHover(documents: FrenchDocuments, hub: ProgressHub): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    [{ scheme: 'file' }, { scheme: 'untitled' }],
    {
      provideHover(document, position) {
        const analysis = documents.analysisOf(document);
        const hit = analysis?.wordAt(document.offsetAt(position));
        if (!hit) return undefined;
        const status = hub.loaded?.statuses([hit.key])[hit.key];
        const review: AddToReviewArgs = {
          key: hit.key,
          form: hit.text,
          sentence: hit.sentence,
          gloss: hit.expression?.gloss ?? hit.token.gloss ?? '',
          source: vscode.workspace.asRelativePath(document.uri, false),
        };
        const links = [
          commandLink(vscode.l10n.t('Add to review'), Commands.addToReview, [review]),
          commandLink(vscode.l10n.t('Open as lesson…'), Commands.openAsLesson, [document.uri.toString()]),
        ];
        const markdown = new vscode.MarkdownString(hoverMarkdown(hit, status, links));
        markdown.isTrusted = { enabledCommands: [Commands.addToReview, Commands.openAsLesson] };
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(hit.start), document.positionAt(hit.end)));
      },
    },
  );
}

/** Parentheses encoded too: a sentence with an unpaired ")" would otherwise end the link early. */
function commandLink(label: string, command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${label}](command:${command}?${encoded})`;
}
