// `depeche lesson FILE [--out DIR] [--title TITLE] [--level CEFR]`: imports a French dispatch
// (.txt, .md, .html) and writes it as a lesson series in the lesson format.
import { resolve } from 'node:path';
import type { Cefr } from '../core/lesson/model';
import { importDepsFromData } from '../core/import/deps';
import { ImportError, importDispatch, type ImportedLesson } from '../core/import/importer';
import { learnerKeysFromFile, type LearnerKeys } from '../core/import/learner';
import { readFile } from 'node:fs/promises';
import { freeFolder, writeSeries } from '../core/import/writeSeries';
import { AnalyzeInputError, readInput } from './analyze';
import type { Subcommand } from './run';

const USAGE = 'usage: depeche lesson FILE [--out DIR] [--title TITLE] [--level A1|A2|B1|B2|C1|C2] [--progress PROGRESS.json]\n';
const LEVELS: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

interface LessonArgs {
  file: string;
  out: string;
  title?: string;
  level?: Cefr;
  progress?: string;
}

function parseArgs(args: string[]): LessonArgs | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '--title' || a === '--level' || a === '--progress') {
      const value = args[++i];
      if (value === undefined) return `${a} needs a value.`;
      options[a.slice(2)] = value;
    } else if (a.startsWith('--')) return `unknown option ${a}.`;
    else positional.push(a);
  }
  if (positional.length !== 1) return 'give exactly one dispatch file.';
  const level = options.level?.toUpperCase();
  if (level !== undefined && !LEVELS.includes(level as Cefr)) return `--level must be one of ${LEVELS.join(', ')}.`;
  return {
    file: positional[0]!,
    out: options.out ?? '.',
    ...(options.title ? { title: options.title } : {}),
    ...(level ? { level: level as Cefr } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  };
}

class LearnerFileError extends Error {}

/** The learner's known, ignored and learning keys from a progress file, or one sentence naming it. */
async function readLearner(file: string): Promise<LearnerKeys> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new LearnerFileError(`${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    return learnerKeysFromFile(bytes);
  } catch (err) {
    throw new LearnerFileError(`${file} is not a Dépêche progress file: ${(err as Error).message}.`);
  }
}

export const lessonCommand: Subcommand = async (args, io) => {
  if (args.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`depeche lesson: ${parsed}\n${USAGE}`);
    return 2;
  }
  try {
    const content = await readInput(parsed.file, io);
    const learner = parsed.progress ? await readLearner(parsed.progress) : undefined;
    const series = await importDispatch(content, importDepsFromData(), {
      fileName: parsed.file,
      ...(learner ? { knownKeys: learner.known, learningKeys: learner.learning } : {}),
      ...(parsed.title ? { title: parsed.title } : {}),
      ...(parsed.level ? { learnerLevel: parsed.level } : {}),
    });
    const folder = await freeFolder(resolve(parsed.out), series.slug);
    const files = await writeSeries(series, folder);
    io.stdout.write(`${series.title}: ${files.length} lesson${files.length > 1 ? 's' : ''} in ${folder}\n`);
    const known = (l: ImportedLesson) => (l.knownShare === undefined ? '' : `, ${Math.round(l.knownShare * 100)}% known`);
    series.lessons.forEach((l, i) => io.stdout.write(`  ${files[i]}  ${l.level}, ${l.words} words${known(l)}\n`));
    for (const r of series.repairs) io.stdout.write(`  repaired: ${r.from} → ${r.to}\n`);
    for (const u of series.unresolved) io.stdout.write(`  damaged, not repaired: ${u}\n`);
    return 0;
  } catch (err) {
    if (err instanceof AnalyzeInputError || err instanceof ImportError || err instanceof LearnerFileError) {
      io.stderr.write(`depeche lesson: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
};
