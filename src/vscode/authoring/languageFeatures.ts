// Completions, the glossary-row hover and the outline for lesson files (the content comes from
// src/core/editor).
import * as vscode from 'vscode';
import { glossaryRowHover } from '../../core/editor/glossaryHover';
import { lessonCompletions } from '../../core/editor/lessonCompletions';
import { lessonLayout, tableCells } from '../../core/editor/lessonLayout';
import { lessonOutline, type OutlineSymbol } from '../../core/editor/lessonOutline';
import type { LessonCatalog } from '../lessonCatalog';
import { toRange } from './diagnostics';
import type { LessonReports } from './lessonReports';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerLessonLanguageFeatures(reports: LessonReports, catalog: LessonCatalog): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(
      MARKDOWN,
      {
        async provideCompletionItems(document, position) {
          if (!reports.isLesson(document)) return undefined;
          const lessons = (await catalog.load()).lessons;
          const known = {
            series: [...new Set(lessons.map((l) => l.meta.series))].sort((a, b) => a.localeCompare(b, 'fr')),
            tags: [...new Set(lessons.flatMap((l) => l.meta.tags))].sort((a, b) => a.localeCompare(b, 'fr')),
          };
          const offered = lessonCompletions(document.getText(), position.line, position.character, known);
          if (!offered) return undefined;
          return offered.items.map((item, i) => {
            const completion = new vscode.CompletionItem(item.label, vscode.CompletionItemKind.EnumMember);
            if (item.detail) completion.detail = item.detail;
            completion.range = toRange(offered.range);
            completion.sortText = String(i).padStart(3, '0');
            return completion;
          });
        },
      },
      '|',
      ' ',
      '[',
      ':',
      ',',
    ),
    vscode.languages.registerHoverProvider(MARKDOWN, {
      provideHover(document, position) {
        if (!reports.isLesson(document)) return undefined;
        const glossary = lessonLayout(document.getText()).glossary;
        if (!glossary?.rows.includes(position.line)) return undefined;
        const cell = tableCells(document.lineAt(position.line).text)[0];
        if (!cell || position.character < cell.start || position.character > cell.end) return undefined;
        const analysis = reports.reportFor(document).analysis;
        const analyzer = reports.engineOrUndefined()?.analyzer;
        const markdown = analysis && analyzer && glossaryRowHover(analysis, position.line + 1, analyzer);
        return markdown ? new vscode.Hover(new vscode.MarkdownString(markdown), new vscode.Range(position.line, cell.start, position.line, cell.end)) : undefined;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, {
      provideDocumentSymbols(document) {
        return reports.isLesson(document) ? lessonOutline(document.getText()).map(toSymbol) : [];
      },
    }),
  );
}

const KINDS: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  section: vscode.SymbolKind.Namespace,
  question: vscode.SymbolKind.Event,
  note: vscode.SymbolKind.String,
  entry: vscode.SymbolKind.Field,
};

function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, '', KINDS[s.kind], toRange(s.range), toRange(s.selection));
  symbol.children = s.children.map(toSymbol);
  return symbol;
}
