// `depeche export --format apkg|anki-tsv|csv|json --progress FILE --out FILE [--include known,ignored]
// [--lessons DIR]…`: the extension's exports for scripts, through the same code (core/anki
// exportVocabulary). The progress file is only read. The shipped lessons (and those of --lessons)
// give the exports their series, translations and the context of records saved without it.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportVocabulary, isExportFormat, loadSqlJs, type ExportFormat } from '../core/anki';
import { loadLessonFolders } from '../core/lesson/library';
import type { ReaderDocument } from '../core/lesson/model';
import { buildReaderDocument } from '../core/lesson/readerDocument';
import { emptyDocument, importJson, OPTIONAL_STATUSES, ProgressError, type OptionalStatus } from '../core/progress';
import { createAnalyzer } from '../core/text/analyzer';
import { readTextFile, TextInputError } from '../core/textFile';
import type { Subcommand } from './run';

const USAGE = `usage: depeche export --format ${EXPORT_FORMATS.join('|')} --progress FILE --out FILE [--include known,ignored] [--lessons DIR]…\n`;
const HELP = `${USAGE}Writes your vocabulary (or your whole progress) from a progress file, as the extension's export commands do.
  apkg      an Anki deck package: double-click it, or File > Import in Anki; a later export updates the notes
  anki-tsv  an Anki text file of Cloze notes, with the headers that make Anki import it with no mapping
  csv       a table for spreadsheets (UTF-8 with a byte-order mark, CRLF)
  json      the whole progress, to import into the extension on another machine
  --include known,ignored   words you know or ignore too (by default, the words you are learning)
  --lessons DIR             lessons besides the shipped ones (e.g. those made from your own dispatches)
`;
/** Five times a measured progress file of 50,000 records. */
const MAX_PROGRESS_BYTES = 256 * 1024 * 1024;

/** A command-line mistake: one sentence and the usage, exit code 2. */
class UsageError extends Error {}

interface ExportArgs {
  format: ExportFormat;
  progress: string;
  out: string;
  include: OptionalStatus[];
  lessons: string[];
}

function parseArgs(args: string[]): ExportArgs {
  const values: Partial<Record<'format' | 'progress' | 'out' | 'include', string>> = {};
  const lessons: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const name = a.slice(2);
    if (a === '--format' || a === '--progress' || a === '--out' || a === '--include' || a === '--lessons') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value.`);
      if (a === '--lessons') lessons.push(value);
      else values[name as keyof typeof values] = value;
    } else throw new UsageError(a.startsWith('-') ? `unknown option ${a}.` : `unexpected argument '${a}'.`);
  }
  if (values.format === undefined) throw new UsageError(`give the format: --format ${EXPORT_FORMATS.join('|')}.`);
  if (!isExportFormat(values.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; '${values.format}' is not one.`);
  if (values.progress === undefined) throw new UsageError('name the progress file to read: --progress FILE.');
  if (values.out === undefined) throw new UsageError('name the file to write: --out FILE.');
  const include = (values.include ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = include.find((s) => !(OPTIONAL_STATUSES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new UsageError(`--include takes ${OPTIONAL_STATUSES.join(',')}; '${unknown}' is not one.`);
  return { format: values.format, progress: values.progress, out: values.out, include: include as OptionalStatus[], lessons };
}

/** The reader documents of the shipped lessons and those of `dirs`. */
async function lessonDocuments(dirs: string[]): Promise<ReaderDocument[]> {
  const shipped = [join(__dirname, '..', 'lessons')].filter((d) => existsSync(d));
  const { lessons } = await loadLessonFolders([...shipped, ...dirs]);
  if (lessons.length === 0) return [];
  const analyzer = createAnalyzer();
  return lessons.map((lesson) => buildReaderDocument(lesson, analyzer));
}

export const exportCommand: Subcommand = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP);
    return 0;
  }
  let args: ExportArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`depeche export: ${err.message}\n${USAGE}`);
    return 2;
  }
  try {
    const doc = importJson(emptyDocument(), await readTextFile(args.progress, MAX_PROGRESS_BYTES), args.progress);
    const now = new Date();
    const lessons = args.format === 'json' ? [] : await lessonDocuments(args.lessons);
    const bytes = exportVocabulary(doc, args.format, {
      now, lessons, include: args.include,
      ...(args.format === 'apkg' ? { sql: await loadSqlJs(join(__dirname, 'sql-wasm.wasm')) } : {}),
    });
    try {
      await writeFile(args.out, bytes);
    } catch (err) {
      throw new TextInputError(args.out, `could not be written (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
    }
    io.stdout.write(`${args.out}: ${describe(args.format)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ProgressError || err instanceof TextInputError) {
      io.stderr.write(`depeche export: ${err instanceof ProgressError ? err.sentence : err.message}\n`);
      return 1;
    }
    throw err;
  }
};

function describe(format: ExportFormat): string {
  return {
    apkg: 'an Anki deck package (open it with Anki)',
    'anki-tsv': 'an Anki text file (File > Import in Anki)',
    csv: 'a CSV table',
    json: 'the whole progress (Dépêche: Import Progress…)',
  }[format];
}
