// `depeche quiz LESSON.md [--seed N] [--size N] [--kinds a,b] [--json]`: prints a generated quiz.
// --json prints JSON Lines: one object per item, `{ kind, prompt, choices, answer, evidence, … }`.
import { randomInt } from 'node:crypto';
import { LessonParseError } from '../core/lesson/errors';
import { MAX_LESSON_FILE_BYTES } from '../core/lesson/limits';
import { parseLesson } from '../core/lesson/parser';
import { buildReaderDocument } from '../core/lesson/readerDocument';
import { generateQuiz } from '../core/quiz/generate';
import { quizPortion } from '../core/quiz/portion';
import { lessonText } from '../core/quiz/lessonText';
import { formatQuiz, itemRecord } from '../core/quiz/print';
import { QUIZ_KINDS, QuizInputError, type QuizKind } from '../core/quiz/types';
import { AnalysisDataMissingError, createAnalyzer, defaultDataDir } from '../core/text/analyzer';
import { governedPrepositionsIn } from '../core/text/governedPrepositions';
import { Lexicon } from '../core/text/lexicon';
import { readTextFile, TextInputError } from '../core/textFile';
import type { CliIO } from './run';

const USAGE = 'usage: depeche quiz LESSON.md [--seed N] [--size N] [--kinds KIND,…] [--json]';
const HELP = `${USAGE}
Prints a quiz generated from the lesson: the questions, then the answers with explanations.
  --seed N     the same lesson and seed give the same quiz (default: a new seed, printed)
  --size N     number of items (default 10)
  --kinds K,…  only these kinds: ${QUIZ_KINDS.join(', ')}
  --json       JSON Lines: one object per item, {"kind", "prompt", "choices", "answer", "evidence": {"start", "end"}, …};
               "answer" is an index into "choices", the text to type (cloze), or for matching one
               index into "choices" per entry of "left"; evidence offsets are into the lesson's
               paragraphs joined by a blank line
`;
const MAX_SEED = 2 ** 32 - 1;

/** A command-line mistake: reported as one sentence with the usage, exit code 2. */
class UsageError extends Error {}

/** The lesson cannot be quizzed on (unreadable, nothing to ask): one sentence, exit code 1. */
class QuizCliError extends Error {}

interface QuizArgs {
  file: string;
  seed?: number;
  size?: number;
  kinds?: QuizKind[];
  json: boolean;
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}.`);
  }
  return n;
}

function parseArgs(args: string[]): QuizArgs {
  let file: string | undefined;
  const out: Omit<QuizArgs, 'file'> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') out.json = true;
    else if (a === '--seed') out.seed = wholeNumber('--seed', args[++i], 0, MAX_SEED);
    else if (a === '--size') out.size = wholeNumber('--size', args[++i], 1, 100);
    else if (a === '--kinds') {
      const kinds = (args[++i] ?? '').split(',').filter(Boolean);
      const unknown = kinds.find((k) => !(QUIZ_KINDS as readonly string[]).includes(k));
      if (unknown !== undefined || kinds.length === 0) {
        throw new UsageError(`--kinds takes a comma-separated list of ${QUIZ_KINDS.join(', ')}${unknown ? `; '${unknown}' is not one` : ''}.`);
      }
      out.kinds = kinds as QuizKind[];
    } else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'.`);
    else if (file === undefined) file = a;
    else throw new UsageError('give one lesson file.');
  }
  if (file === undefined) throw new UsageError('name the lesson file to quiz on.');
  return { file, ...out };
}

/** Strict UTF-8, at most MAX_LESSON_FILE_BYTES: the README promises non-UTF-8 input is an error. */
async function readLesson(file: string): Promise<string> {
  try {
    return await readTextFile(file, MAX_LESSON_FILE_BYTES);
  } catch (err) {
    if (err instanceof TextInputError) throw new QuizCliError(err.message);
    throw err;
  }
}

export async function quizCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP);
    return 0;
  }
  let args: QuizArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`depeche quiz: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const lesson = quizPortion(parseLesson(await readLesson(args.file), args.file));
    const dataDir = defaultDataDir();
    const analyzer = createAnalyzer({ dataDir });
    const lexicon = new Lexicon(dataDir);
    const doc = buildReaderDocument(lesson, analyzer);
    const text = lessonText(lesson);
    const seed = args.seed ?? randomInt(0, MAX_SEED);
    const quiz = generateQuiz(lesson, doc, analyzer.analyze(text), {
      seed,
      size: args.size,
      kinds: args.kinds,
      rank: (lemma) => lexicon.rank(lemma),
      readings: (form) => lexicon.lookup(form),
      governed: governedPrepositionsIn(dataDir),
    });
    if (quiz.items.length === 0) throw new QuizCliError(`${args.file} offers nothing to quiz on (no questions, and too few glossed words).`);
    if (args.json) {
      for (const item of quiz.items) io.stdout.write(`${JSON.stringify(itemRecord(item))}\n`);
      if (args.seed === undefined) io.stderr.write(`depeche quiz: seed ${seed} (pass --seed ${seed} for the same quiz)\n`);
    } else {
      io.stdout.write(`${formatQuiz(quiz, lesson.meta.title, text)}\n`);
    }
    return 0;
  } catch (err) {
    const known = [QuizCliError, LessonParseError, AnalysisDataMissingError, QuizInputError];
    if (known.some((k) => err instanceof k)) {
      io.stderr.write(`depeche quiz: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
}
