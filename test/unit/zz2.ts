import { loadQuizInputs } from './quizInputs';
import { generateQuiz } from '../../src/core/quiz/generate';
const { lesson, doc, analysis } = loadQuizInputs(process.argv[2]!);
const quiz = generateQuiz(lesson, doc, analysis, { seed: Number(process.argv[3] ?? 1), size: Number(process.argv[4] ?? 40), generatedComprehension: process.argv[5] === 'g' });
for (const it of quiz.items) console.log(it.kind, '|', it.prompt.slice(0, 200), '|', 'choices' in it ? JSON.stringify(it.choices) + ' ' + it.answer : 'left' in it ? JSON.stringify(it.left) + JSON.stringify(it.right) : it.answer);
