// `## Notes`: level-3 headings `### [kind] Title`, each followed by free Markdown.
import * as l10n from '@vscode/l10n';
import type { Tokens } from 'marked';
import { NOTE_KINDS } from '../format';
import type { Note, NoteKind, Paragraph } from '../model';
import type { Block, ParseContext } from './context';
import { describe } from './text';

export { NOTE_KINDS };

interface OpenNote {
  kind: NoteKind;
  title: string;
  line: number;
  body: string[];
}

export function readNotes(ctx: ParseContext, blocks: Block[], sectionLine: number, text: Paragraph[]): Note[] {
  const open: OpenNote[] = [];
  for (const { token, line } of blocks) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 3) {
      open.push(readHeading(ctx, (token as Tokens.Heading).text.trim(), line));
    } else if (open.length > 0) {
      open[open.length - 1]?.body.push(token.raw);
    } else if (token.type !== 'space') {
      ctx.fail(line, l10n.t("Each note starts with a heading '### [kind] Title'; found {0} before the first one.", describe(token)));
    }
  }
  if (open.length === 0) ctx.fail(sectionLine, l10n.t('The Notes section has no note; remove it or add some.'));
  return open.map((n) => finishNote(ctx, n, text));
}

function readHeading(ctx: ParseContext, heading: string, line: number): OpenNote {
  const m = /^\[([^\]]*)\]\s*(.*)$/.exec(heading);
  if (!m) ctx.fail(line, l10n.t("The note heading '{0}' needs its kind in brackets, as in '### [person] Wang Yi'.", heading));
  const kind = (m[1] ?? '').trim();
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    ctx.fail(line, l10n.t("Unknown note kind '{0}'; the kinds are {1}.", kind, NOTE_KINDS.join(', ')));
  }
  const title = (m[2] ?? '').trim();
  if (title === '') ctx.fail(line, l10n.t('The {0} note has no title after its kind.', kind));
  return { kind: kind as NoteKind, title, line, body: [] };
}

function finishNote(ctx: ParseContext, note: OpenNote, text: Paragraph[]): Note {
  const body = note.body.join('').trim();
  if (body === '') ctx.fail(note.line, l10n.t("The note '{0}' has no text under its heading.", note.title));
  const result: Note = { kind: note.kind, title: note.title, body, line: note.line };
  if (note.kind !== 'repair') return result;

  // `original → repaired`: the reader marks the repaired text, so it must be in the text.
  const m = /^(.+?)\s*(?:→|->)\s*(.+)$/.exec(note.title);
  if (!m) ctx.fail(note.line, l10n.t("A repair note's title is 'original → repaired'; '{0}' has no arrow.", note.title));
  const repair = { from: (m[1] ?? '').trim(), to: (m[2] ?? '').trim() };
  if (!text.some((p) => p.text.includes(repair.to))) {
    ctx.fail(note.line, l10n.t("The repaired text '{0}' of this note is not in the text.", repair.to));
  }
  return { kind: note.kind, title: note.title, body, repair, line: note.line };
}
