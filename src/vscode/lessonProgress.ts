// The Lessons tree's progress: "B2 · 3/7 questions · 62% known". The quiz score comes from the
// latest attempt; the known share of running words needs the lesson's reader document, so it is
// computed in the background one lesson at a time (lessonShareWorker.ts), cached, and recomputed
// after a progress change; a lesson whose document fails is not asked for again.
import * as vscode from 'vscode';
import type { Lesson } from '../core/lesson/model';
import { lessonCoverage, lessonVocabulary, type LessonVocabulary } from '../core/progress/coverage';
import { quizSummary } from '../core/progress/stats';
import { LessonShareWorker } from './lessonShareWorker';
import type { LessonProgress, LessonProgressSource } from './lessonTree';
import type { ProgressHub } from './progressHub';
import type { ReaderDeps } from './readerPanel';

export class LessonProgressFromHub implements LessonProgressSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Per lesson object: a reloaded catalog makes new objects, so an edited lesson is counted again. */
  private readonly vocabularies = new WeakMap<Lesson, LessonVocabulary>();
  private readonly worker: LessonShareWorker;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly hub: ProgressHub, private readonly documentFor: ReaderDeps['documentFor']) {
    this.worker = new LessonShareWorker(
      (lesson) => this.knownShare(lesson),
      () => this.changed.fire(),
      (lesson, e) => console.error(`[depeche] lesson progress of ${lesson.file}`, e),
    );
    this.subscription = hub.onDidChange(() => {
      this.worker.forget();
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
    const share = this.worker.shareOf(lesson);
    if (share !== undefined) result.knownShare = share;
    return result;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private async knownShare(lesson: Lesson): Promise<number> {
    const progress = await this.hub.ready();
    let vocabulary = this.vocabularies.get(lesson);
    if (!vocabulary) {
      vocabulary = lessonVocabulary(await this.documentFor(lesson));
      this.vocabularies.set(lesson, vocabulary);
    }
    return lessonCoverage(vocabulary, progress.document, []).share;
  }
}
