// The Lessons tree's progress: "B2 · 3/7 questions · 62% known". The quiz score comes from the
// latest attempt; the known share of running words needs the lesson's reader document, so it is
// computed in the background one lesson at a time, cached, and recomputed after a progress change.
import * as vscode from 'vscode';
import type { Lesson } from '../core/lesson/model';
import { lessonCoverage, lessonVocabulary, type LessonVocabulary } from '../core/progress/coverage';
import { quizSummary } from '../core/progress/stats';
import type { LessonProgress, LessonProgressSource } from './lessonTree';
import type { ProgressHub } from './progressHub';
import type { ReaderDeps } from './readerPanel';

export class LessonProgressFromHub implements LessonProgressSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Per lesson object: a reloaded catalog makes new objects, so an edited lesson is counted again. */
  private readonly vocabularies = new WeakMap<Lesson, LessonVocabulary>();
  private readonly shares = new Map<string, number>();
  private readonly pending = new Map<string, Lesson>();
  private working = false;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly hub: ProgressHub, private readonly documentFor: ReaderDeps['documentFor']) {
    this.subscription = hub.onDidChange(() => {
      this.shares.clear();
      this.changed.fire();
    });
  }

  progressOf(lesson: Lesson): LessonProgress | undefined {
    const progress = this.hub.loaded;
    if (!progress) {
      // The tree is a first need: load progress, the tree is redrawn when it is in.
      void this.hub.ready().catch((e) => console.error('[depeche] progress', e));
      return undefined;
    }
    // Nothing learnt yet: "0% known" everywhere says nothing, and building every lesson's
    // document would load the analysis engine for it.
    if (progress.document.records.size === 0 && Object.keys(progress.document.quizzes).length === 0) return undefined;
    const latest = quizSummary(progress.document, lesson.id).latest;
    const result: LessonProgress = { questionsAnswered: latest?.score ?? 0, questionsTotal: latest?.total ?? 0 };
    const share = this.shares.get(lesson.id);
    if (share === undefined) this.request(lesson);
    else result.knownShare = share;
    return result;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private request(lesson: Lesson): void {
    this.pending.set(lesson.id, lesson);
    if (!this.working) void this.work();
  }

  /** One lesson at a time, so the extension host stays responsive; one redraw at the end. */
  private async work(): Promise<void> {
    this.working = true;
    try {
      for (let next = first(this.pending); next; next = first(this.pending)) {
        this.pending.delete(next.id);
        const progress = await this.hub.ready();
        let vocabulary = this.vocabularies.get(next);
        if (!vocabulary) {
          vocabulary = lessonVocabulary(await this.documentFor(next));
          this.vocabularies.set(next, vocabulary);
        }
        this.shares.set(next.id, lessonCoverage(vocabulary, progress.document, []).share);
      }
    } catch (e) {
      console.error('[depeche] lesson progress', e);
    } finally {
      this.working = false;
    }
    this.changed.fire();
  }
}

function first(map: Map<string, Lesson>): Lesson | undefined {
  return map.values().next().value;
}
