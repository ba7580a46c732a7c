// The progress dashboard: known items over time, a heatmap of reviews per day, retention,
// per-lesson coverage with the items to learn to reach 95 % and 98 %, and a searchable
// vocabulary table filtered by status and lesson. Posts `ready`; the host answers with the view.
import './l10nSetup'; // first: the interface language's messages
import * as l10n from '@vscode/l10n';
import type { DashboardToHost, DashboardViewState, HostToDashboard } from '../protocol';
import type { DashboardView, LessonSummary } from '../core/progress/views';
import { goalText, type GoalProgress } from '../core/progress/dailyGoal';
import type { DayCount, KnownPoint, VocabularyRow } from '../core/progress/stats';
import { STATUSES, type Status } from '../core/progress/model';
import type { Upos } from '../core/text/types';
import { el } from './dom';
import { posInWords } from './grammarWords';
import { editorKeysHelp, yoursBadge } from './ownGloss';
import { formatDay, formatPercent, isSingular } from './uiLocale';
import { hostApi, onHostMessage } from './vscodeApi';

/** Rows shown at once in the vocabulary table; the search narrows the rest. */
const TABLE_LIMIT = 200;
const SVG = 'http://www.w3.org/2000/svg';
function statusLabel(status: Status): string {
  switch (status) {
    case 'new': return l10n.t('New');
    case 'learning-1': return l10n.t('Learning {0}', 1);
    case 'learning-2': return l10n.t('Learning {0}', 2);
    case 'learning-3': return l10n.t('Learning {0}', 3);
    case 'learning-4': return l10n.t('Learning {0}', 4);
    case 'known': return l10n.t('Known');
    case 'ignored': return l10n.t('Ignored');
  }
}

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
    el('h1', { text: l10n.t('Vocabulary progress') }),
    summary(v),
    v.goal ? section('goal', l10n.t('Daily goal'), goalStrip(v.goal)) : null,
    section('known', l10n.t('Known over time'), knownChart(v.known)),
    section('reviews', l10n.t('Reviews per day'), heatmap(v.reviews)),
    section('lessons', l10n.t('Lessons'), lessonsTable(v.lessons)),
    section('vocabulary', l10n.t('Vocabulary'), vocabulary(v)),
  ].filter((node): node is HTMLElement => node !== null));
}

/** `name` makes the heading's id, the same in every language. */
function section(name: string, title: string, ...body: Node[]): HTMLElement {
  const id = `section-${name}`;
  return el('section', { class: 'dash-section', attrs: { 'aria-labelledby': id } }, el('h2', { attrs: { id }, text: title }), ...body);
}

function percent(share: number | null): string {
  return share === null ? '—' : formatPercent(share);
}

/** Why the retention tiles count fewer reviews than the heatmap: shown as their tooltip. */
const retentionHelp = (): string =>
  l10n.t('Good or Easy among the reviews of words past their learning steps. Reviews of words still being learnt (a new word’s first reviews, most quiz answers) are not counted.');

function summary(v: DashboardView): HTMLElement {
  const last = v.known[v.known.length - 1];
  const reviews = v.reviews.reduce((s, d) => s + d.count, 0);
  const lemmas = last?.lemmas ?? 0;
  const expressions = last?.expressions ?? 0;
  const tile = (label: string, value: string, id: string, note?: string) =>
    el('div', { class: 'tile', attrs: { 'data-tile': id, title: note ? retentionHelp() : undefined } },
      el('span', { class: 'tile-value', text: value }),
      el('span', { class: 'tile-label', text: label }),
      note ? el('span', { class: 'tile-note', text: note }) : null);
  // The rate stands on the reviews of learnt words only: say of how many reviews in all.
  const basis = (r: DashboardView['retention']) =>
    r.graded === 0 ? l10n.t('no reviews yet') : isSingular(r.graded) ? l10n.t('from {0} of {1} review', r.total, r.graded) : l10n.t('from {0} of {1} reviews', r.total, r.graded);
  return el('div', { class: 'tiles' },
    tile(isSingular(lemmas) ? l10n.t('known lemma') : l10n.t('known lemmas'), String(lemmas), 'lemmas'),
    tile(isSingular(expressions) ? l10n.t('known expression') : l10n.t('known expressions'), String(expressions), 'expressions'),
    tile(l10n.t('retention of learnt words'), percent(v.retention.rate), 'retention', basis(v.retention)),
    tile(l10n.t('retention, last 30 days'), percent(v.recentRetention.rate), 'recent-retention', basis(v.recentRetention)),
    tile(isSingular(reviews) ? l10n.t('review, last {0} days', v.reviews.length) : l10n.t('reviews, last {0} days', v.reviews.length), String(reviews), 'reviews'));
}

/** Today's progress toward the goal, the streak, and the last 14 days as a strip (met, frozen, missed). */
function goalStrip(g: GoalProgress): HTMLElement {
  const share = Math.min(1, g.today.done / g.today.target);
  // Through the CSSOM: the CSP forbids inline style attributes, not styles set by script.
  const fill = el('span', { class: 'goal-bar-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  const label = (d: GoalProgress['recent'][number]) =>
    d.met ? l10n.t('{0}: {1} — goal met', d.day, d.done)
      : d.frozen ? l10n.t('{0}: {1} — missed, kept by the week’s freeze', d.day, d.done)
        : l10n.t('{0}: {1} — goal not met', d.day, d.done);
  return el('div', { class: 'goal' },
    el('div', { class: 'tiles' },
      el('div', { class: 'tile', attrs: { 'data-tile': 'goal-today' } },
        el('span', { class: 'tile-value', text: goalText(g) }),
        el('span', { class: 'tile-label', text: g.today.met ? l10n.t('today: goal met') : l10n.t('today') }),
        el('span', { class: 'goal-bar', attrs: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(g.today.target), 'aria-valuenow': String(g.today.done), 'aria-label': l10n.t('Progress toward today’s goal') } },
          fill)),
      el('div', { class: 'tile', attrs: { 'data-tile': 'streak' } },
        el('span', { class: 'tile-value', text: String(g.streak) }),
        el('span', { class: 'tile-label', text: isSingular(g.streak) ? l10n.t('day in a row') : l10n.t('days in a row') }),
        el('span', { class: 'tile-note', text: g.freezeUsedThisWeek ? l10n.t('this week’s freeze used') : l10n.t('one missed day a week is forgiven') }))),
    el('ol', { class: 'goal-days', attrs: { 'aria-label': l10n.t('The last {0} days', g.recent.length) } },
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
  if (!points.length) return el('p', { class: 'empty', text: l10n.t('Nothing marked known yet.') });
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
    'aria-label': l10n.t('Known items from {0} to {1}: now {2} and {3}.', points[0]!.day, last.day,
      isSingular(last.lemmas) ? l10n.t('{0} lemma', last.lemmas) : l10n.t('{0} lemmas', last.lemmas),
      isSingular(last.expressions) ? l10n.t('{0} expression', last.expressions) : l10n.t('{0} expressions', last.expressions)),
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
    el('span', { class: 'key key-lemmas', text: l10n.t('Lemmas ({0})', last.lemmas) }),
    el('span', { class: 'key key-expressions', text: l10n.t('Expressions ({0})', last.expressions) }));
  const wrap = el('div', { class: 'chart' });
  wrap.append(chart, legend);
  return wrap;
}

/** Monday, Wednesday and Friday named (2026-01-05 was a Monday), the other rows left blank. */
function weekdayLabels(): string[] {
  return ['2026-01-05', '', '2026-01-07', '', '2026-01-09', '', ''].map((day) => (day ? formatDay(day, { weekday: 'short' }) : ''));
}

/**
 * One cell per day, weeks as columns (Monday on top), five shades relative to the busiest day;
 * the months named above the week they start in, the weekdays on the left, a Less–More key below.
 */
function heatmap(days: DayCount[]): Node {
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((s, d) => s + d.count, 0);
  const label = isSingular(total)
    ? l10n.t('{0} review in the last {1} days; busiest day {2}.', total, days.length, max)
    : l10n.t('{0} reviews in the last {1} days; busiest day {2}.', total, days.length, max);
  const grid = el('div', { class: 'heatmap', attrs: { role: 'img', 'aria-label': label } });
  const firstWeekday = (new Date(`${days[0]?.day ?? '2026-01-01'}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let i = 0; i < firstWeekday; i++) grid.append(el('span', { class: 'cell cell-pad' }));
  for (const d of days) {
    const level = d.count === 0 ? 0 : Math.min(4, Math.ceil((d.count / max) * 4));
    grid.append(el('span', {
      class: `cell level-${level}`,
      attrs: { title: isSingular(d.count) ? l10n.t('{0}: {1} review', d.day, d.count) : l10n.t('{0}: {1} reviews', d.day, d.count), 'data-day': d.day, 'data-count': String(d.count) },
    }));
  }
  return el('div', { class: 'heatmap-frame' },
    el('span'), monthLabels(days, firstWeekday),
    el('div', { class: 'heatmap-weekdays', attrs: { 'aria-hidden': 'true' } }, ...weekdayLabels().map((text) => el('span', { text }))),
    grid,
    el('span'), el('p', { class: 'heatmap-key', attrs: { 'aria-hidden': 'true' } },
      el('span', { text: l10n.t('Less') }), ...[0, 1, 2, 3, 4].map((level) => el('span', { class: `cell level-${level}` })), el('span', { text: l10n.t('More') })));
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
    const label = el('span', { text: formatDay(start.day, { month: 'short' }) });
    label.style.gridColumnStart = String(start.week + 1);
    months.append(label);
  });
  return months;
}

function lessonsTable(lessons: LessonSummary[]): Node {
  if (!lessons.length) return el('p', { class: 'empty', text: l10n.t('No lesson yet.') });
  const body = el('tbody');
  for (const l of lessons) {
    const open = el('button', { class: 'link', attrs: { type: 'button' }, text: l.title });
    open.addEventListener('click', () => post({ type: 'openLesson', lessonId: l.lessonId }));
    const targets = l.coverage.targets.map((t) =>
      t.keys.length === 0
        ? el('p', { class: 'target', text: l10n.t('{0}: reached', percent(t.target)) })
        : el('details', { class: 'target' },
            el('summary', { text: isSingular(t.keys.length) ? l10n.t('{0}: learn {1} item', percent(t.target), t.keys.length) : l10n.t('{0}: learn {1} items', percent(t.target), t.keys.length) }),
            el('ul', { class: 'target-list', attrs: { lang: 'fr' } }, ...t.keys.map((k) => el('li', { text: k.split('|')[0] ?? k })))));
    const meter = el('meter', { attrs: { min: '0', max: '1', value: String(l.coverage.share), 'aria-label': l10n.t('Known share of {0}', l.title) } });
    body.append(el('tr', { attrs: { 'data-lesson': l.lessonId } },
      el('th', { attrs: { scope: 'row' } }, open),
      el('td', { class: 'num' }, meter, ` ${percent(l.coverage.share)}`),
      el('td', { class: 'num', text: `${l.coverage.knownWords} / ${l.coverage.runningWords}` }),
      el('td', { class: 'num', text: l.quiz ? `${l.quiz.score}/${l.quiz.total}` : '—' }),
      el('td', {}, ...targets)));
  }
  return el('table', { class: 'lessons' },
    el('thead', {}, el('tr', {}, ...[l10n.t('Lesson'), l10n.t('Known'), l10n.t('Running words'), l10n.t('Quiz'), l10n.t('To reach')].map((h) => el('th', { attrs: { scope: 'col' }, text: h })))),
    body);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function vocabulary(v: DashboardView): Node {
  const search = el('input', { attrs: { type: 'search', placeholder: l10n.t('Search French or English'), 'aria-label': l10n.t('Search the vocabulary') } });
  search.value = filters.query;
  const status = el('select', { attrs: { 'aria-label': l10n.t('Filter by status') } },
    el('option', { attrs: { value: '' }, text: l10n.t('All statuses') }),
    ...STATUSES.map((s) => el('option', { attrs: { value: s }, text: statusLabel(s) })));
  status.value = filters.status;
  const lessonIds = [...new Set(v.lessons.map((l) => l.lessonId).concat(v.vocabulary.flatMap((r) => r.lessons)))].sort();
  const titles = new Map(v.lessons.map((l) => [l.lessonId, l.title]));
  const lesson = el('select', { attrs: { 'aria-label': l10n.t('Filter by lesson') } },
    el('option', { attrs: { value: '' }, text: l10n.t('All lessons') }),
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
    count.textContent = matches > rows.length ? l10n.t('{0} items, first {1} shown', matches, rows.length)
      : isSingular(matches) ? l10n.t('{0} item', matches) : l10n.t('{0} items', matches);
  };
  search.addEventListener('input', update);
  status.addEventListener('change', update);
  lesson.addEventListener('change', update);
  update();
  return el('div', { class: 'vocabulary' },
    el('div', { class: 'filters' }, search, status, lesson),
    count,
    el('table', { class: 'vocab-table' },
      el('thead', {}, el('tr', {}, ...[l10n.t('French'), l10n.t('Part of speech'), l10n.t('English'), l10n.t('Status'), l10n.t('Next review'), l10n.t('Lessons')].map((h) => el('th', { attrs: { scope: 'col' }, text: h })))),
      body));
}

function vocabularyRow(r: VocabularyRow, titles: ReadonlyMap<string, string>): HTMLElement {
  const select = el('select', { attrs: { 'aria-label': l10n.t('Status of {0}', r.lemma) } },
    ...STATUSES.map((s) => el('option', { attrs: { value: s }, text: statusLabel(s) })));
  select.value = r.status;
  select.addEventListener('change', () => {
    r.status = select.value as Status;
    post({ type: 'setStatus', key: r.key, status: r.status });
  });
  return el('tr', { attrs: { 'data-key': r.key } },
    el('th', { attrs: { scope: 'row', lang: 'fr' }, text: r.lemma }),
    el('td', { text: r.pos === 'EXPR' ? l10n.t('expression') : posInWords(r.pos as Upos) }),
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
      attrs: { type: 'button', 'aria-label': l10n.t('Edit your gloss and note for {0}', r.lemma), title: l10n.t('Your own gloss and note') },
      text: gloss || note ? l10n.t('Edit') : l10n.t('Your gloss…'),
    });
    edit.addEventListener('click', () => editor());
    const undoButton = undo ? el('button', { class: 'link own-undo', attrs: { type: 'button' }, text: l10n.t('Undo') }) : null;
    undoButton?.addEventListener('click', () => {
      const previous = undo!;
      undo = null;
      save(previous.gloss, previous.note, false);
    });
    cell.replaceChildren(...[
      gloss ? el('p', { class: 'own-gloss' }, yoursBadge('gloss'), ' ', el('span', { attrs: { lang: 'en' }, text: gloss })) : null,
      note ? el('p', { class: 'own-note' }, yoursBadge('note'), ' ', el('span', { text: note })) : null,
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
    const gloss = el('input', { class: 'own-gloss-input', attrs: { type: 'text', lang: 'en', maxlength: '200', 'aria-label': l10n.t('Your gloss for {0}', r.lemma), placeholder: r.gloss } });
    gloss.value = r.userGloss ?? '';
    const note = el('textarea', { class: 'own-note-input', attrs: { rows: '2', maxlength: '2000', 'aria-label': l10n.t('Your note for {0}', r.lemma) } });
    note.value = r.userNote ?? '';
    const form = el('div', { class: 'own-editor', attrs: { role: 'group', 'aria-label': l10n.t('Your gloss and note for {0}', r.lemma) } },
      gloss, note, el('p', { class: 'own-keys', text: editorKeysHelp() }));
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
