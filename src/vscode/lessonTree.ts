// The Lessons tree in the Dépêche activity-bar container: series -> lessons, each lesson with its
// level and progress, broken lessons shown with their reason. An empty tree shows the view's welcome.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { groupSeries, type LessonLibrary } from '../core/lesson/library';
import type { Lesson, LessonProblem } from '../core/lesson/model';
import { takesSingular } from '../core/uiLanguage';
import { Commands, TreeItemContext } from './ids';
import type { LessonCatalog } from './lessonCatalog';

/** How far the learner is in one lesson. */
export interface LessonProgress {
  /** From the latest quiz attempt; `questionsTotal` 0 while the quiz was never taken. */
  questionsAnswered: number;
  questionsTotal: number;
  /** The share (0-1) of the lesson's running words the learner knows, once computed. */
  knownShare?: number;
}

/** Where the tree learns the learner's progress (implemented by the progress store). */
export interface LessonProgressSource {
  readonly onDidChange: vscode.Event<void>;
  progressOf(lesson: Lesson): LessonProgress | undefined;
}

export type LessonTreeNode =
  | { kind: 'series'; name: string; lessons: Lesson[]; problems: LessonProblem[] }
  | { kind: 'lesson'; lesson: Lesson; series: string }
  | { kind: 'broken'; problem: LessonProblem; series: string };

export class LessonTreeProvider implements vscode.TreeDataProvider<LessonTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private progress: LessonProgressSource | undefined;
  private progressSubscription: vscode.Disposable | undefined;
  private roots: LessonTreeNode[] = [];

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly catalog: LessonCatalog) {
    this.subscriptions.push(catalog.onDidChange(() => this.changed.fire()));
  }

  /** Shows progress from `source` in lesson descriptions from now on. */
  setProgressSource(source: LessonProgressSource): void {
    this.progressSubscription?.dispose();
    this.progress = source;
    this.progressSubscription = source.onDidChange(() => this.changed.fire());
    this.changed.fire();
  }

  async getChildren(node?: LessonTreeNode): Promise<LessonTreeNode[]> {
    if (!node) {
      this.roots = seriesNodes(await this.catalog.load());
      return this.roots;
    }
    if (node.kind !== 'series') return [];
    return [
      ...node.lessons.map((lesson): LessonTreeNode => ({ kind: 'lesson', lesson, series: node.name })),
      ...node.problems.map((problem): LessonTreeNode => ({ kind: 'broken', problem, series: node.name })),
    ];
  }

  /** The tree's node for `lesson`, once the tree has listed its series (for `TreeView.reveal`). */
  nodeOf(lessonId: string): LessonTreeNode | undefined {
    for (const root of this.roots) {
      if (root.kind !== 'series') continue;
      const lesson = root.lessons.find((l) => l.id === lessonId);
      if (lesson) return { kind: 'lesson', lesson, series: root.name };
    }
    return undefined;
  }

  getParent(node: LessonTreeNode): LessonTreeNode | undefined {
    if (node.kind === 'series') return undefined;
    return this.roots.find((r) => r.kind === 'series' && r.name === node.series);
  }

  getTreeItem(node: LessonTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'series':
        return seriesItem(node);
      case 'lesson':
        return lessonItem(node.lesson, this.progress?.progressOf(node.lesson));
      case 'broken':
        return brokenItem(node.problem);
    }
  }

  dispose(): void {
    this.progressSubscription?.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/**
 * Series in `groupSeries` order; a broken lesson joins the series of the lessons in its folder,
 * or a series named after its folder when none of them parsed.
 */
function seriesNodes({ lessons, problems }: LessonLibrary): LessonTreeNode[] {
  const nodes = groupSeries(lessons).map(
    (s): Extract<LessonTreeNode, { kind: 'series' }> => ({ kind: 'series', name: s.title, lessons: s.lessons, problems: [] }),
  );
  for (const problem of problems) {
    const dir = path.dirname(problem.file);
    let home = nodes.find((n) => n.lessons.some((l) => path.dirname(l.file) === dir));
    if (!home) {
      const name = path.basename(dir);
      home = nodes.find((n) => n.name === name && n.lessons.length === 0);
      if (!home) nodes.push((home = { kind: 'series', name, lessons: [], problems: [] }));
    }
    home.problems.push(problem);
  }
  return nodes;
}

function seriesItem(node: Extract<LessonTreeNode, { kind: 'series' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `series:${node.name}`;
  item.contextValue = TreeItemContext.series;
  item.iconPath = new vscode.ThemeIcon('library');
  const count = node.lessons.length;
  const broken = node.problems.length;
  // Series names are long: the description says only what needs attention; the rest is in the tooltip.
  if (broken) item.description = broken === 1 ? vscode.l10n.t('1 broken') : vscode.l10n.t('{0} broken', broken);
  const folders = [...new Set([...node.lessons.map((l) => l.file), ...node.problems.map((p) => p.file)].map((f) => path.dirname(f)))];
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(node.name)}**\n\n`);
  tooltip.appendText(seriesSummary(count, broken, folders.join(', ')));
  item.tooltip = tooltip;
  return item;
}

/** "3 lessons, 1 broken, in /path": each count as a whole message, for languages that inflect differently. */
function seriesSummary(count: number, broken: number, folders: string): string {
  if (broken === 1) {
    return count === 1 ? vscode.l10n.t('1 lesson, 1 broken, in {0}', folders) : vscode.l10n.t('{0} lessons, 1 broken, in {1}', count, folders);
  }
  if (broken) {
    return count === 1
      ? vscode.l10n.t('1 lesson, {0} broken, in {1}', broken, folders)
      : vscode.l10n.t('{0} lessons, {1} broken, in {2}', count, broken, folders);
  }
  return count === 1 ? vscode.l10n.t('1 lesson, in {0}', folders) : vscode.l10n.t('{0} lessons, in {1}', count, folders);
}

/**
 * "B2", then "B2 · 62% known" once the known share is computed: short, so that it still shows
 * beside a title at the sidebar's default width. The quiz score is in the icon and the tooltip.
 */
export function lessonDescription(lesson: Lesson, progress: LessonProgress | undefined): string {
  const parts: string[] = [lesson.meta.level];
  if (progress?.knownShare !== undefined) {
    const percent = Math.round(progress.knownShare * 100);
    // « 1 % connu », « 62 % connus »: French agrees with a share below two.
    parts.push(singular(percent) ? vscode.l10n.t({ message: '{0}% known', args: [percent], comment: 'one percent or less' }) : vscode.l10n.t('{0}% known', percent));
  }
  return parts.join(' · ');
}

/** "Quiz: 3 of 5 questions right", or undefined before the quiz is taken. */
export function quizSummary(progress: LessonProgress | undefined): string | undefined {
  if (!progress || progress.questionsTotal === 0) return undefined;
  const { questionsAnswered: right, questionsTotal: total } = progress;
  return singular(total) ? vscode.l10n.t('Quiz: {0} of {1} question right', right, total) : vscode.l10n.t('Quiz: {0} of {1} questions right', right, total);
}

/** Whether `n` takes the singular in VS Code's display language, the language of `vscode.l10n`. */
function singular(n: number): boolean {
  return takesSingular(n, vscode.env.language);
}

/** "120 words · 1 glossary entry · 3 questions": each noun agrees with its own count. */
function lessonSize(words: number, entries: number, questions: number): string {
  return [
    singular(words) ? vscode.l10n.t('{0} word', words) : vscode.l10n.t('{0} words', words),
    singular(entries) ? vscode.l10n.t('{0} glossary entry', entries) : vscode.l10n.t('{0} glossary entries', entries),
    singular(questions) ? vscode.l10n.t('{0} question', questions) : vscode.l10n.t('{0} questions', questions),
  ].join(' · ');
}

/** A book before the quiz, a half-filled circle while questions are left, a tick once all are right. */
function quizIcon(progress: LessonProgress | undefined): string {
  if (!progress || progress.questionsTotal === 0) return 'book';
  return progress.questionsAnswered >= progress.questionsTotal ? 'pass' : 'circle-large-outline';
}

function lessonItem(lesson: Lesson, progress: LessonProgress | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(lesson.meta.title, vscode.TreeItemCollapsibleState.None);
  item.id = `lesson:${lesson.id}`;
  item.contextValue = TreeItemContext.lesson;
  item.description = lessonDescription(lesson, progress);
  item.iconPath = new vscode.ThemeIcon(quizIcon(progress));
  const { meta } = lesson;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(meta.title)}**\n\n`);
  tooltip.appendMarkdown(`${vscode.l10n.t('{0} · lesson {1} · level {2}', escapeMarkdown(meta.series), meta.order, meta.level)}\n\n`);
  if (meta.source || meta.date) tooltip.appendMarkdown(`${escapeMarkdown([meta.source, meta.date].filter(Boolean).join(', '))}\n\n`);
  const words = lesson.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  tooltip.appendMarkdown(`${lessonSize(words, lesson.glossary.length, lesson.questions.length)}\n\n`);
  const quiz = quizSummary(progress);
  const known = progress?.knownShare !== undefined ? vscode.l10n.t('{0}% of its words known', Math.round(progress.knownShare * 100)) : undefined;
  if (quiz || known) tooltip.appendMarkdown(`${[quiz, known].filter(Boolean).join(' · ')}\n\n`);
  if (meta.tags.length) tooltip.appendMarkdown(`$(tag) ${escapeMarkdown(meta.tags.join(', '))}`);
  item.tooltip = tooltip;
  item.command = { command: Commands.openLesson, title: vscode.l10n.t('Open Lesson'), arguments: [lesson.id] };
  return item;
}

function brokenItem(problem: LessonProblem): vscode.TreeItem {
  const item = new vscode.TreeItem(path.basename(problem.file), vscode.TreeItemCollapsibleState.None);
  item.id = `broken:${problem.file}`;
  item.contextValue = TreeItemContext.brokenLesson;
  item.description = vscode.l10n.t('broken');
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${vscode.l10n.t('This lesson could not be read')}**\n\n`);
  tooltip.appendText(`${problem.file}:${problem.line}\n${problem.message}`);
  item.tooltip = tooltip;
  // Clicking shows the faulty line, where the fix goes.
  const line = Math.max(0, problem.line - 1);
  item.command = {
    command: 'vscode.open',
    title: vscode.l10n.t('Show the Error'),
    arguments: [vscode.Uri.file(problem.file), { selection: new vscode.Range(line, 0, line, 0) }],
  };
  return item;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
