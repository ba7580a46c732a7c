// The progress dashboard: known items over time, a heatmap of reviews per day, retention,
// per-lesson coverage with the items to learn to reach 95 % and 98 %, and a searchable
// vocabulary table filtered by status and lesson. Posts `ready`; the host answers with the view.
import './l10nSetup'; // first: the interface language's messages
import type { DashboardToHost, DashboardViewState, HostToDashboard } from '../protocol';
import type { DashboardView, LessonSummary } from '../core/progress/views';
import { goalText, type GoalProgress } from '../core/progress/dailyGoal';
import type { DayCount, KnownPoint, VocabularyRow } from '../core/progress/stats';
import { STATUSES, type Status } from '../core/progress/model';
import { el } from './dom';
import { hostApi, onHostMessage } from './vscodeApi';

/** Rows shown at once in the vocabulary table; the search narrows the rest. */
const TABLE_LIMIT = 200;
const SVG = 'http://www.w3.org/2000/svg';
const STATUS_LABELS: Record<Status, string> = {
  new: 'New', 'learning-1': 'Learning 1', 'learning-2': 'Learning 2', 'learning-3': 'Learning 3',
  'learning-4': 'Learning 4', known: 'Known', ignored: 'Ignored',
};

const api = hostApi<DashboardToHost, DashboardViewState>();
const post = (message: DashboardToHost): void => api.postMessage(message);
const filters: DashboardViewState = { query: '', status: '', lesson: '', ...api.getState() };

const app = document.getElementById('app') ?? document.body.appendChild(el('div', { attrs: { id: 'app' } }));
let view: DashboardView | null = null;

onHostMessage<HostToDashboard>((message) => {
  if (message.type !== 'dashboard') return;
  view = message.view;
  render(view);
});
post({ type: 'ready' });

function render(v: DashboardView): void {
  app.removeAttribute('aria-busy');
  app.replaceChildren(...[
    el('h1', { text: 'Vocabulary progress' }),
    summary(v),
    v.goal ? section('Daily goal', goalStrip(v.goal)) : null,
    section('Known over time', knownChart(v.known)),
    section('Reviews per day', heatmap(v.reviews)),
    section('Lessons', lessonsTable(v.lessons)),
    section('Vocabulary', vocabulary(v)),
  ].filter((node): node is HTMLElement => node !== null));
}

function section(title: string, ...body: Node[]): HTMLElement {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return el('section', { class: 'dash-section', attrs: { 'aria-labelledby': id } }, el('h2', { attrs: { id }, text: title }), ...body);
}

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** Why the retention tiles count fewer reviews than the heatmap: shown as their tooltip. */
const RETENTION_HELP = 'Good or Easy among the reviews of words past their learning steps. '
  + 'Reviews of words still being learnt (a new word\'s first reviews, most quiz answers) are not counted.';

function summary(v: DashboardView): HTMLElement {
  const last = v.known[v.known.length - 1];
  const reviews = v.reviews.reduce((s, d) => s + d.count, 0);
  const tile = (label: string, value: string, id: string, note?: string) =>
    el('div', { class: 'tile', attrs: { 'data-tile': id, title: note ? RETENTION_HELP : undefined } },
      el('span', { class: 'tile-value', text: value }),
      el('span', { class: 'tile-label', text: label }),
      note ? el('span', { class: 'tile-note', text: note }) : null);
  // The rate stands on the reviews of learnt words only: say of how many reviews in all.
  const basis = (r: DashboardView['retention']) => (r.graded === 0 ? 'no reviews yet' : `from ${r.total} of ${r.graded} review${r.graded === 1 ? '' : 's'}`);
  return el('div', { class: 'tiles' },
    tile('known lemmas', String(last?.lemmas ?? 0), 'lemmas'),
    tile('known expressions', String(last?.expressions ?? 0), 'expressions'),
    tile('retention of learnt words', percent(v.retention.rate), 'retention', basis(v.retention)),
    tile('retention, last 30 days', percent(v.recentRetention.rate), 'recent-retention', basis(v.recentRetention)),
    tile(`reviews, last ${v.reviews.length} days`, String(reviews), 'reviews'));
}

/** Today's progress toward the goal, the streak, and the last 14 days as a strip (met, frozen, missed). */
function goalStrip(g: GoalProgress): HTMLElement {
  const share = Math.min(1, g.today.done / g.today.target);
  // Through the CSSOM: the CSP forbids inline style attributes, not styles set by script.
  const fill = el('span', { class: 'goal-bar-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  const label = (d: GoalProgress['recent'][number]) =>
    `${d.day}: ${d.done} — ${d.met ? 'goal met' : d.frozen ? 'missed, kept by the week’s freeze' : 'goal not met'}`;
  return el('div', { class: 'goal' },
    el('div', { class: 'tiles' },
      el('div', { class: 'tile', attrs: { 'data-tile': 'goal-today' } },
        el('span', { class: 'tile-value', text: goalText(g) }),
        el('span', { class: 'tile-label', text: g.today.met ? 'today: goal met' : 'today' }),
        el('span', { class: 'goal-bar', attrs: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(g.today.target), 'aria-valuenow': String(g.today.done), 'aria-label': 'Progress toward today’s goal' } },
          fill)),
      el('div', { class: 'tile', attrs: { 'data-tile': 'streak' } },
        el('span', { class: 'tile-value', text: String(g.streak) }),
        el('span', { class: 'tile-label', text: g.streak === 1 ? 'day in a row' : 'days in a row' }),
        el('span', { class: 'tile-note', text: g.freezeUsedThisWeek ? 'this week’s freeze used' : 'one missed day a week is forgiven' }))),
    el('ol', { class: 'goal-days', attrs: { 'aria-label': 'The last 14 days' } },
      ...g.recent.map((d) => el('li', {
        class: `goal-day ${d.met ? 'met' : d.frozen ? 'frozen' : 'missed'}`,
        attrs: { title: label(d), 'aria-label': label(d) },
        text: d.frozen ? '❄' : '',
      }))));
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** Two step lines (lemmas, expressions) over the days on which the counts changed. */
function knownChart(points: KnownPoint[]): Node {
  if (!points.length) return el('p', { class: 'empty', text: 'Nothing marked known yet.' });
  const width = 640;
  const height = 180;
  const pad = 28;
  const days = points.map((p) => Date.parse(p.day));
  const first = days[0]!;
  const span = Math.max(days[days.length - 1]! - first, 86_400_000);
  const max = Math.max(1, ...points.map((p) => Math.max(p.lemmas, p.expressions)));
  const x = (i: number) => pad + ((days[i]! - first) / span) * (width - 2 * pad);
  const y = (n: number) => height - pad - (n / max) * (height - 2 * pad);
  const line = (pick: (p: KnownPoint) => number, cls: string) => {
    const coords = points.map((p, i) => `${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`);
    if (coords.length === 1) coords.push(`${(width - pad).toFixed(1)},${y(pick(points[0]!)).toFixed(1)}`);
    return svg('polyline', { class: cls, points: coords.join(' '), fill: 'none' });
  };
  const last = points[points.length - 1]!;
  const chart = svg('svg', {
    class: 'known-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Known items from ${points[0]!.day} to ${last.day}: now ${last.lemmas} lemmas and ${last.expressions} expressions.`,
  });
  chart.append(
    svg('line', { class: 'axis', x1: pad, y1: height - pad, x2: width - pad, y2: height - pad }),
    line((p) => p.lemmas, 'series-lemmas'),
    line((p) => p.expressions, 'series-expressions'),
  );
  const label = (text: string, attrs: Record<string, string | number>) => {
    const t = svg('text', attrs);
    t.textContent = text;
    return t;
  };
  chart.append(
    label(points[0]!.day, { x: pad, y: height - 8, class: 'tick' }),
    label(last.day, { x: width - pad, y: height - 8, class: 'tick', 'text-anchor': 'end' }),
    label(String(max), { x: 4, y: pad, class: 'tick' }),
  );
  const legend = el('p', { class: 'legend' },
    el('span', { class: 'key key-lemmas', text: `Lemmas (${last.lemmas})` }),
    el('span', { class: 'key key-expressions', text: `Expressions (${last.expressions})` }));
  const wrap = el('div', { class: 'chart' });
  wrap.append(chart, legend);
  return wrap;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/**
 * One cell per day, weeks as columns (Monday on top), five shades relative to the busiest day;
 * the months named above the week they start in, the weekdays on the left, a Less–More key below.
 */
function heatmap(days: DayCount[]): Node {
  const max = Math.max(0, ...days.map((d) => d.count));
  const grid = el('div', { class: 'heatmap', attrs: { role: 'img', 'aria-label': `${days.reduce((s, d) => s + d.count, 0)} reviews in the last ${days.length} days; busiest day ${max}.` } });
  const firstWeekday = (new Date(`${days[0]?.day ?? '2026-01-01'}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let i = 0; i < firstWeekday; i++) grid.append(el('span', { class: 'cell cell-pad' }));
  for (const d of days) {
    const level = d.count === 0 ? 0 : Math.min(4, Math.ceil((d.count / max) * 4));
    grid.append(el('span', {
      class: `cell level-${level}`,
      attrs: { title: `${d.day}: ${d.count} review${d.count === 1 ? '' : 's'}`, 'data-day': d.day, 'data-count': String(d.count) },
    }));
  }
  return el('div', { class: 'heatmap-frame' },
    el('span'), monthLabels(days, firstWeekday),
    el('div', { class: 'heatmap-weekdays', attrs: { 'aria-hidden': 'true' } }, ...WEEKDAYS.map((text) => el('span', { text }))),
    grid,
    el('span'), el('p', { class: 'heatmap-key', attrs: { 'aria-hidden': 'true' } },
      el('span', { text: 'Less' }), ...[0, 1, 2, 3, 4].map((level) => el('span', { class: `cell level-${level}` })), el('span', { text: 'More' })));
}

/**
 * Each month named above the week of its first day; the month the map starts in only if it has
 * three weeks shown before the next one, so that no two names overlap.
 */
function monthLabels(days: DayCount[], firstWeekday: number): HTMLElement {
  const months = el('div', { class: 'heatmap-months', attrs: { 'aria-hidden': 'true' } });
  const starts = days.flatMap((d, i) => (i === 0 || d.day.endsWith('-01') ? [{ day: d.day, week: Math.floor((firstWeekday + i) / 7) }] : []));
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    if (i === 0 && next && next.week - start.week < 3) return;
    const label = el('span', { text: MONTHS[Number(start.day.slice(5, 7)) - 1]! });
    label.style.gridColumnStart = String(start.week + 1);
    months.append(label);
  });
  return months;
}

function lessonsTable(lessons: LessonSummary[]): Node {
  if (!lessons.length) return el('p', { class: 'empty', text: 'No lesson yet.' });
  const body = el('tbody');
  for (const l of lessons) {
    const open = el('button', { class: 'link', attrs: { type: 'button' }, text: l.title });
    open.addEventListener('click', () => post({ type: 'openLesson', lessonId: l.lessonId }));
    const targets = l.coverage.targets.map((t) =>
      t.keys.length === 0
        ? el('p', { class: 'target', text: `${percent(t.target)}: reached` })
        : el('details', { class: 'target' },
            el('summary', { text: `${percent(t.target)}: learn ${t.keys.length} item${t.keys.length === 1 ? '' : 's'}` }),
            el('ul', { class: 'target-list', attrs: { lang: 'fr' } }, ...t.keys.map((k) => el('li', { text: k.split('|')[0] ?? k })))));
    const meter = el('meter', { attrs: { min: '0', max: '1', value: String(l.coverage.share), 'aria-label': `Known share of ${l.title}` } });
    body.append(el('tr', { attrs: { 'data-lesson': l.lessonId } },
      el('th', { attrs: { scope: 'row' } }, open),
      el('td', { class: 'num' }, meter, ` ${percent(l.coverage.share)}`),
      el('td', { class: 'num', text: `${l.coverage.knownWords} / ${l.coverage.runningWords}` }),
      el('td', { class: 'num', text: l.quiz ? `${l.quiz.score}/${l.quiz.total}` : '—' }),
      el('td', {}, ...targets)));
  }
  return el('table', { class: 'lessons' },
    el('thead', {}, el('tr', {}, ...['Lesson', 'Known', 'Running words', 'Quiz', 'To reach'].map((h) => el('th', { attrs: { scope: 'col' }, text: h })))),
    body);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function vocabulary(v: DashboardView): Node {
  const search = el('input', { attrs: { type: 'search', placeholder: 'Search French or English', 'aria-label': 'Search the vocabulary' } });
  search.value = filters.query;
  const status = el('select', { attrs: { 'aria-label': 'Filter by status' } },
    el('option', { attrs: { value: '' }, text: 'All statuses' }),
    ...STATUSES.map((s) => el('option', { attrs: { value: s }, text: STATUS_LABELS[s] })));
  status.value = filters.status;
  const lessonIds = [...new Set(v.lessons.map((l) => l.lessonId).concat(v.vocabulary.flatMap((r) => r.lessons)))].sort();
  const titles = new Map(v.lessons.map((l) => [l.lessonId, l.title]));
  const lesson = el('select', { attrs: { 'aria-label': 'Filter by lesson' } },
    el('option', { attrs: { value: '' }, text: 'All lessons' }),
    ...lessonIds.map((id) => el('option', { attrs: { value: id }, text: titles.get(id) ?? id })));
  lesson.value = filters.lesson;
  const count = el('p', { class: 'table-count', attrs: { 'aria-live': 'polite' } });
  const body = el('tbody');
  const folded = v.vocabulary.map((r) => `${fold(r.lemma)}\u0000${fold(r.gloss)}\u0000${fold(r.userGloss ?? '')}`);

  const update = () => {
    filters.query = search.value;
    filters.status = status.value as Status | '';
    filters.lesson = lesson.value;
    api.setState({ ...filters });
    const q = fold(filters.query.trim());
    const rows: VocabularyRow[] = [];
    let matches = 0;
    v.vocabulary.forEach((r, i) => {
      if (filters.status && r.status !== filters.status) return;
      if (filters.lesson && !r.lessons.includes(filters.lesson)) return;
      if (q && !folded[i]!.includes(q)) return;
      matches++;
      if (rows.length < TABLE_LIMIT) rows.push(r);
    });
    body.replaceChildren(...rows.map((r) => vocabularyRow(r, titles)));
    count.textContent = matches > rows.length ? `${matches} items, first ${rows.length} shown` : `${matches} item${matches === 1 ? '' : 's'}`;
  };
  search.addEventListener('input', update);
  status.addEventListener('change', update);
  lesson.addEventListener('change', update);
  update();
  return el('div', { class: 'vocabulary' },
    el('div', { class: 'filters' }, search, status, lesson),
    count,
    el('table', { class: 'vocab-table' },
      el('thead', {}, el('tr', {}, ...['French', 'Part of speech', 'English', 'Status', 'Next review', 'Lessons'].map((h) => el('th', { attrs: { scope: 'col' }, text: h })))),
      body));
}

function vocabularyRow(r: VocabularyRow, titles: ReadonlyMap<string, string>): HTMLElement {
  const select = el('select', { attrs: { 'aria-label': `Status of ${r.lemma}` } },
    ...STATUSES.map((s) => el('option', { attrs: { value: s }, text: STATUS_LABELS[s] })));
  select.value = r.status;
  select.addEventListener('change', () => {
    r.status = select.value as Status;
    post({ type: 'setStatus', key: r.key, status: r.status });
  });
  return el('tr', { attrs: { 'data-key': r.key } },
    el('th', { attrs: { scope: 'row', lang: 'fr' }, text: r.lemma }),
    el('td', { text: r.pos === 'EXPR' ? 'expression' : r.pos.toLowerCase() }),
    englishCell(r),
    el('td', {}, select),
    el('td', { text: r.due ? r.due.slice(0, 10) : '—' }),
    el('td', { class: 'row-lessons' }, ...lessonLinks(r.lessons, titles)));
}

/**
 * The English cell: the learner's own gloss first (marked "yours"), their note, then the lesson's
 * gloss; its Edit button opens an inline editor (Enter saves, Shift+Enter a new line in the note,
 * Escape cancels), and a saved edit offers Undo.
 */
function englishCell(r: VocabularyRow): HTMLElement {
  const cell = el('td', { class: 'english' });
  let undo: { gloss: string; note: string } | null = null;
  const show = (focus?: string) => {
    const gloss = r.userGloss ?? '';
    const note = r.userNote ?? '';
    const edit = el('button', {
      class: 'link own-edit',
      attrs: { type: 'button', 'aria-label': `Edit your gloss and note for ${r.lemma}`, title: 'Your own gloss and note' },
      text: gloss || note ? 'Edit' : 'Your gloss…',
    });
    edit.addEventListener('click', () => editor());
    const undoButton = undo ? el('button', { class: 'link own-undo', attrs: { type: 'button' }, text: 'Undo' }) : null;
    undoButton?.addEventListener('click', () => {
      const previous = undo!;
      undo = null;
      save(previous.gloss, previous.note, false);
    });
    cell.replaceChildren(...[
      gloss ? el('p', { class: 'own-gloss' }, el('span', { class: 'yours', attrs: { title: 'Your own gloss' }, text: 'yours' }), ' ', el('span', { attrs: { lang: 'en' }, text: gloss })) : null,
      note ? el('p', { class: 'own-note' }, el('span', { class: 'yours', attrs: { title: 'Your own note' }, text: 'your note' }), ' ', el('span', { text: note })) : null,
      el('p', { class: gloss ? 'lesson-gloss' : 'lesson-gloss only', attrs: { lang: 'en' }, text: r.gloss }),
      el('p', { class: 'own-actions' }, edit, undoButton),
    ].filter((node) => node !== null));
    if (focus) cell.querySelector<HTMLElement>(focus)?.focus();
  };
  const save = (gloss: string, note: string, offerUndo: boolean) => {
    const next = { gloss: gloss.replace(/\s+/g, ' ').trim(), note: note.trim() };
    const previous = { gloss: r.userGloss ?? '', note: r.userNote ?? '' };
    if (next.gloss !== previous.gloss || next.note !== previous.note) {
      undo = offerUndo ? previous : null;
      if (next.gloss) r.userGloss = next.gloss;
      else delete r.userGloss;
      if (next.note) r.userNote = next.note;
      else delete r.userNote;
      post({ type: 'setOwnGloss', key: r.key, gloss: next.gloss, note: next.note });
    }
    show(undo ? '.own-undo' : '.own-edit');
  };
  const editor = () => {
    const gloss = el('input', { class: 'own-gloss-input', attrs: { type: 'text', lang: 'en', maxlength: '200', 'aria-label': `Your gloss for ${r.lemma}`, placeholder: r.gloss } });
    gloss.value = r.userGloss ?? '';
    const note = el('textarea', { class: 'own-note-input', attrs: { rows: '2', maxlength: '2000', 'aria-label': `Your note for ${r.lemma}` } });
    note.value = r.userNote ?? '';
    const form = el('div', { class: 'own-editor', attrs: { role: 'group', 'aria-label': `Your gloss and note for ${r.lemma}` } },
      gloss, note, el('p', { class: 'own-keys', text: 'Enter saves · Shift+Enter new line · Esc cancels' }));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        show('.own-edit');
      } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        save(gloss.value, note.value, true);
      }
    });
    cell.replaceChildren(form);
    gloss.focus();
  };
  show();
  return cell;
}

/** Each lesson by its title, opening it; the id (its file) as the tooltip. A lesson the library no longer has shows its id. */
function lessonLinks(lessonIds: readonly string[], titles: ReadonlyMap<string, string>): Node[] {
  return lessonIds.flatMap((id, i) => {
    const title = titles.get(id);
    const link = title === undefined
      ? el('span', { class: 'lesson-id', text: id })
      : el('button', { class: 'link', attrs: { type: 'button', title: id, 'data-lesson': id }, text: title });
    if (title !== undefined) link.addEventListener('click', () => post({ type: 'openLesson', lessonId: id }));
    return i === 0 ? [link] : [document.createTextNode(', '), link];
  });
}
