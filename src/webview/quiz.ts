// The quiz webview: a QuizView wired to the host messages of src/protocol.ts. Posts `ready`
// first; the host answers with `quizStart`. The session is kept in the webview state, so a
// reloaded panel resumes where the learner was.
import { toAttempt } from '../core/quiz/session';
import type { HostToQuiz, QuizToHost, QuizViewState } from '../protocol';
import { el } from './dom';
import { QuizView } from './quiz/quizView';
import { hostApi, onHostMessage } from './vscodeApi';

const api = hostApi<QuizToHost, QuizViewState>();
const post = (message: QuizToHost): void => api.postMessage(message);
const saved = api.getState();
let title = saved?.title ?? '';

const app = document.getElementById('app') ?? document.body.appendChild(el('div', { attrs: { id: 'app' } }));
const main = el('main', { class: 'quiz-page' });
app.replaceChildren(main);

const view = new QuizView(main, {
  stateChanged: (session) => api.setState({ title, session }),
  answered: (item, response, correct, retry) => {
    const session = view.session;
    if (!session) return;
    post({ type: 'quizAnswer', lessonId: session.quiz.lessonId, seed: session.quiz.seed, itemId: item.id, response, correct, retry, keys: item.keys });
  },
  showEvidence: (evidence) => {
    const session = view.session;
    if (session) post({ type: 'showEvidence', lessonId: session.quiz.lessonId, evidence });
  },
  // The webview is the boundary where the clock may be read.
  finished: (session) => post({ type: 'quizFinished', attempt: toAttempt(session, new Date()) }),
  newAttempt: () => {
    const session = view.session;
    if (session) post({ type: 'quizNewAttempt', lessonId: session.quiz.lessonId });
  },
  close: () => {
    const session = view.session;
    if (session) post({ type: 'quizClosed', lessonId: session.quiz.lessonId });
  },
});

onHostMessage<HostToQuiz>((message) => {
  if (message.type !== 'quizStart') return;
  title = message.title;
  const resume = message.session ?? (saved?.session.quiz.seed === message.quiz.seed ? saved.session : undefined);
  view.start(message.quiz, message.title, resume);
  if (view.session) api.setState({ title, session: view.session });
});

post({ type: 'ready' });
