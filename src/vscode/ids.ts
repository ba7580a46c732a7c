// Every id the extension contributes, derived from one prefix so package.json and code agree
// (the integration suite checks package.json against these).

export const PREFIX = 'depeche';

export const Commands = {
  openLessonPick: `${PREFIX}.openLessonPick`,
  openLesson: `${PREFIX}.openLesson`,
  nextLesson: `${PREFIX}.nextLesson`,
  refreshLessons: `${PREFIX}.refreshLessons`,
  importDispatch: `${PREFIX}.importDispatch`,
  startQuiz: `${PREFIX}.startQuiz`,
  reviewDue: `${PREFIX}.reviewDue`,
  showDashboard: `${PREFIX}.showDashboard`,
  exportAnki: `${PREFIX}.exportAnki`,
  exportCsv: `${PREFIX}.exportCsv`,
  exportProgress: `${PREFIX}.exportProgress`,
  importProgress: `${PREFIX}.importProgress`,
  moveProgressToFolder: `${PREFIX}.moveProgressToFolder`,
  moveProgressBack: `${PREFIX}.moveProgressBack`,
  getStarted: `${PREFIX}.getStarted`,
  translateLesson: `${PREFIX}.translateLesson`,
  chooseLanguageModel: `${PREFIX}.chooseLanguageModel`,
  writeLessonQuestions: `${PREFIX}.writeLessonQuestions`,
  chooseLessonSenses: `${PREFIX}.chooseLessonSenses`,
  openLessonPreview: `${PREFIX}.openLessonPreview`,
  newLesson: `${PREFIX}.newLesson`,
  addToReview: `${PREFIX}.addToReview`,
  openAsLesson: `${PREFIX}.openAsLesson`,
  chooseVoice: `${PREFIX}.chooseVoice`,
} as const;

export const Views = {
  container: PREFIX,
  lessons: `${PREFIX}.lessons`,
} as const;

/** The reader panel's webview type: also its `onWebviewPanel:` activation event. */
export const READER_VIEW_TYPE = `${PREFIX}.reader`;
/** The review and dashboard panels' webview types (restored after a reload, like the reader). */
export const REVIEW_VIEW_TYPE = `${PREFIX}.review`;
export const DASHBOARD_VIEW_TYPE = `${PREFIX}.dashboard`;
/** The lesson preview beside a lesson's Markdown (not restored after a reload: reopen it from the editor). */
export const LESSON_PREVIEW_VIEW_TYPE = `${PREFIX}.lessonPreview`;

/** The progress file, under the extension's global storage (one for every window). */
export const PROGRESS_FILE = 'progress.json';

/** Setting names, relative to the `depeche` section. */
export const Settings = {
  section: PREFIX,
  lessonFolders: 'lessonFolders',
  fontSize: 'fontSize',
  displayMode: 'displayMode',
  showTranslation: 'showTranslation',
  learnerLevel: 'learnerLevel',
  dailyNewItems: 'dailyNewItems',
  tintByStatus: 'tintByStatus',
  progressFolder: 'progressFolder',
  dailyGoal: 'dailyGoal',
  hoverLanguages: 'hover.languages',
  hoverUnderlineLearning: 'hover.underlineLearning',
  speechRate: 'speechRate',
  voice: 'voice',
  interfaceLanguage: 'interfaceLanguage',
} as const;

/** Context keys set by the extension, for `when` clauses. */
export const ContextKeys = {
  /** The active editor holds a lesson file (the editor title shows the preview button). */
  lessonEditor: `${PREFIX}.lessonEditor`,
} as const;

/** Context values of tree items, used in `when` clauses of menus. */
export const TreeItemContext = {
  series: `${PREFIX}.series`,
  lesson: `${PREFIX}.lesson`,
  brokenLesson: `${PREFIX}.brokenLesson`,
} as const;

/** The getting-started walkthrough (contributes.walkthroughs), as `publisher.name#id`. */
export const WALKTHROUGH_ID = `${PREFIX}.${PREFIX}#gettingStarted`;

/** Context keys that complete the walkthrough's steps which no single command completes. */
export const WalkthroughContext = {
  lookedUp: `${PREFIX}.walkthrough.lookedUp`,
  quizTaken: `${PREFIX}.walkthrough.quizTaken`,
} as const;

/** Keys in `globalState`. */
export const StateKeys = {
  readerPrefs: `${PREFIX}.readerPrefs`,
  minutesRead: `${PREFIX}.minutesRead`,
} as const;

/** A file at the root of a workspace folder that asks for a lesson to open on startup (used by `npm start`). */
export const START_MARKER = `.${PREFIX}-start`;
