// French text documents and their analyses: a document in one of the hover languages is checked for
// French once per version; a French one is analysed (after a pause in typing, or on the first hover)
// and kept by version. Nothing runs for other documents.
import * as vscode from 'vscode';
import { isMostlyFrench } from '../../core/editor/frenchDetection';
import { TextAnalysis } from '../../core/editor/textHover';
import type { Analyzer } from '../../core/text/types';
import { Settings } from '../ids';

const ANALYSE_DELAY_MS = 400;

export class FrenchDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: TextAnalysis | null }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document's analysis is ready (the decorations redraw). */
  readonly onDidAnalyse = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly analyzer: () => Analyzer | undefined,
    /** Lesson files have their own language features. */
    private readonly isLesson: (document: vscode.TextDocument) => boolean,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        clearTimeout(this.timers.get(d.uri.toString()));
      }),
    ];
  }

  /** Whether hovers apply to this document's language (setting `depeche.hover.languages`). */
  covers(document: vscode.TextDocument): boolean {
    const languages = vscode.workspace.getConfiguration(Settings.section).get<string[]>(Settings.hoverLanguages, ['plaintext', 'markdown']);
    return languages.includes(document.languageId) && !this.isLesson(document);
  }

  /** The analysis of this version, made now if need be; undefined for a document that is not French. */
  analysisOf(document: vscode.TextDocument): TextAnalysis | undefined {
    if (!this.covers(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.analysis ?? undefined;
    const text = document.getText();
    const analyzer = isMostlyFrench(text) ? this.analyzer() : undefined;
    const analysis = analyzer ? new TextAnalysis(text, analyzer) : null;
    this.cache.set(key, { version: document.version, analysis });
    if (analysis) this.changed.fire(document);
    return analysis ?? undefined;
  }

  /** The analysis if this version has one already (decorations never wait for it). */
  ready(document: vscode.TextDocument): TextAnalysis | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached?.version === document.version ? (cached.analysis ?? undefined) : undefined;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  /** Analysed in the background after a pause, so the first hover finds it ready. */
  private schedule(document: vscode.TextDocument): void {
    if (!this.covers(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) this.analysisOf(document);
    }, ANALYSE_DELAY_MS));
  }
}
