// A child process for the store's fault-injection tests (not a test file itself).
//   concurrent <file> <id> <count>: grades <count> items of its own and one shared item, saving after each.
//   churn <file> <records>: rewrites a large document forever, every record stamped with the generation.
import { ProgressService, ProgressStore, emptyDocument } from '../../src/core/progress';

function rngFor(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

async function concurrent(file: string, id: string, count: number): Promise<void> {
  const service = new ProgressService(new ProgressStore(file, () => new Date()), () => new Date(), rngFor(Number(id)));
  await service.load();
  for (let i = 0; i < count; i++) {
    service.grade(`w${id}-${i}|NOUN`, 'good');
    service.grade('partagé|ADJ', 'good');
    await service.save();
  }
}

async function churn(file: string, records: number): Promise<void> {
  const store = new ProgressStore(file, () => new Date());
  const doc = emptyDocument();
  const sentence = 'Le ministre russe des Affaires étrangères a reçu son homologue chinois à Moscou, a indiqué le ministère.';
  for (let generation = 1; ; generation++) {
    const at = new Date(Date.UTC(2026, 0, 1) + generation * 1000).toISOString();
    for (let i = 0; i < records; i++) {
      doc.records.set(`mot${i}|NOUN`, { status: 'learning-1', statusAt: at, gloss: `gen-${generation} ${sentence}`, glossAt: at });
    }
    await store.save(doc);
    process.stdout.write(`saved ${generation}\n`);
  }
}

const [mode, file, arg1, arg2] = process.argv.slice(2);
const run = mode === 'concurrent' ? concurrent(file!, arg1!, Number(arg2)) : churn(file!, Number(arg1));
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
