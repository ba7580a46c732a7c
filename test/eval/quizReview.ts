// Prints generated quiz items for hand review, one TSV row per item: the quiz fixture dispatches
// (test/fixtures/dispatches/quiz-*.txt) imported as a learner would, a quiz per lesson and seed.
// Usage: npx tsx test/eval/quizReview.ts SEED_FROM SEED_TO [DISPATCH_NAME_FILTER] [--import-set]
//        npx tsx test/eval/quizReview.ts SEED_FROM SEED_TO --files A.txt B.txt DIR …
// --import-set: the five import-test dispatches (test/fixtures/dispatches/*.txt not named quiz-*),
// which no quiz review or tuning used before review 2.
// --files: the given dispatch files, and every .txt under a given directory (for real news, e.g.
// test/fixtures/wikinews/2016), each imported by the real importer as a learner would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateQuiz } from '../../src/core/quiz/generate';
import { itemProblems } from '../../src/core/quiz/validate';
import { buildQuizSource } from '../../src/core/quiz/source';
import { expectedAnswer } from '../../src/core/quiz/check';
import type { QuizItem } from '../../src/core/quiz/types';
import { importDispatchFiles, importedLessons, quizDispatchFiles } from '../unit/quizDispatches';
import { testRank, testReadings } from '../unit/quizInputs';

function shown(item: QuizItem): string {
  switch (item.kind) {
    case 'cloze':
      return '(typed)';
    case 'match':
    case 'title-person':
      return item.left.map((l, i) => `${l} = ${item.right[item.answer[i] as number]}`).join(' | ');
    default:
      return item.choices.map((c, i) => (i === item.answer ? `[${c}]` : c)).join(' | ');
  }
}

const clean = (s: string): string => s.replace(/[\t\n]+/g, ' ');

/** The .txt files named, and those under the directories named, sorted, as absolute paths. */
function dispatchFilesOf(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const abs = path.resolve(p);
    if (!fs.existsSync(abs)) throw new Error(`${abs}: no such dispatch file or directory.`);
    if (fs.statSync(abs).isDirectory()) {
      for (const e of fs.readdirSync(abs)) walk(path.join(abs, e));
    } else if (abs.endsWith('.txt')) out.push(abs);
  };
  paths.forEach(walk);
  return out.sort();
}

async function main(argv: string[]): Promise<void> {
  const filesAt = argv.indexOf('--files');
  const listed = filesAt >= 0 ? dispatchFilesOf(argv.slice(filesAt + 1)) : undefined;
  const args = (filesAt >= 0 ? argv.slice(0, filesAt) : argv).filter((a) => a !== '--import-set');
  const from = Number(args[0] ?? 1);
  const to = Number(args[1] ?? from);
  const importSet = argv.includes('--import-set');
  const filter = args[2] ?? '';
  const files = listed ?? (importSet ? importDispatchFiles() : quizDispatchFiles());
  const rows = [['lesson', 'seed', 'id', 'kind', 'prompt', 'choices', 'answer', 'explanation', 'check'].join('\t')];
  for (const file of files.filter((f) => f.includes(filter))) {
    for (const inputs of await importedLessons(file)) {
      for (let seed = from; seed <= to; seed++) {
        const quiz = generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed, rank: testRank(), readings: testReadings() });
        const text = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis).text;
        for (const item of quiz.items) {
          const focus = item.kind === 'comprehension' ? `/${item.focus}` : '';
          rows.push([inputs.name, String(seed), item.id, `${item.kind}${focus}`, clean(item.prompt), clean(shown(item)), clean(expectedAnswer(item)), clean(item.explanation), itemProblems(item, text).join('; ')].join('\t'));
        }
      }
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

void main(process.argv.slice(2));
