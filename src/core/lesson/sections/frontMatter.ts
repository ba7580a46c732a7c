// The front matter: `key: value` lines between two `---` lines at the top of the file.
import * as l10n from '@vscode/l10n';
import { CEFR_LEVELS, FRONT_MATTER_FIELDS as FIELDS, REQUIRED_FIELDS as REQUIRED, type FrontMatterField as Field } from '../format';
import type { Cefr, LessonMeta } from '../model';
import type { ParseContext } from './context';

export interface FrontMatter {
  meta: LessonMeta;
  /** 0-based index of the first line after the closing `---`. */
  bodyStart: number;
}

export function readFrontMatter(ctx: ParseContext, lines: string[]): FrontMatter {
  if (lines[0]?.trimEnd() !== '---') {
    ctx.fail(1, l10n.t("A lesson starts with front matter: a '---' line, 'key: value' lines, then a closing '---' line."));
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close < 0) ctx.fail(1, l10n.t("The front matter opened on line 1 is never closed by a '---' line."));

  const values = new Map<Field, { value: string; line: number }>();
  for (let i = 1; i < close; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const line = i + 1;
    const m = /^([A-Za-z]+)[ \t]*:(.*)$/.exec(text);
    if (!m) ctx.fail(line, l10n.t("Front matter line '{0}' is not of the form 'key: value'.", text.trim()));
    const key = (m[1] ?? '').toLowerCase();
    if (!isField(key)) ctx.fail(line, l10n.t("Unknown front matter field '{0}'; the fields are {1}.", key, FIELDS.join(', ')));
    if (values.has(key)) ctx.fail(line, l10n.t("The front matter field '{0}' is given twice.", key));
    values.set(key, { value: unquote((m[2] ?? '').trim()), line });
  }

  for (const field of REQUIRED) {
    const v = values.get(field);
    if (!v) ctx.fail(1, l10n.t("The front matter has no '{0}' field, which every lesson needs.", field));
    if (v.value === '') ctx.fail(v.line, l10n.t("The front matter field '{0}' is empty.", field));
  }
  const get = (f: Field) => values.get(f) ?? { value: '', line: 1 };

  const level = get('level');
  if (!(CEFR_LEVELS as readonly string[]).includes(level.value)) {
    ctx.fail(level.line, l10n.t("Level '{0}' is not a CEFR level ({1}).", level.value, CEFR_LEVELS.join(', ')));
  }
  const order = get('order');
  if (!/^[0-9]+$/.test(order.value) || Number(order.value) < 1) {
    ctx.fail(order.line, l10n.t("Order '{0}' is not a whole number of 1 or more.", order.value));
  }

  const meta: LessonMeta = {
    title: get('title').value,
    level: level.value as Cefr,
    series: get('series').value,
    order: Number(order.value),
    tags: [],
  };
  const source = values.get('source');
  if (source && source.value !== '') meta.source = source.value;
  const date = values.get('date');
  if (date && date.value !== '') {
    if (!isIsoDate(date.value)) ctx.fail(date.line, l10n.t("Date '{0}' is not a calendar date written YYYY-MM-DD.", date.value));
    meta.date = date.value;
  }
  const tags = values.get('tags');
  if (tags) meta.tags = tags.value.split(',').map((t) => t.trim()).filter((t) => t !== '');

  return { meta: orderKeys(meta), bodyStart: close + 1 };
}

function isField(key: string): key is Field {
  return (FIELDS as readonly string[]).includes(key);
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? (m[2] ?? '').trim() : value;
}

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The field order of the spec, so the model serialises the same way every time. */
function orderKeys(meta: LessonMeta): LessonMeta {
  const { title, source, date, level, series, order, tags } = meta;
  return {
    title,
    ...(source !== undefined && { source }),
    ...(date !== undefined && { date }),
    level,
    series,
    order,
    tags,
  };
}
