// Run by progress.bench.ts in its own process (node --expose-gc): the memory a loaded progress file
// holds, and after every record was decoded (the dashboard reads them all).
import { ProgressStore, reviewsPerDay } from '../../src/core/progress';

async function main(file: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const settle = () => { gc(); gc(); return process.memoryUsage(); };
  const NOW = new Date('2026-03-02T09:00:00.000Z');
  const before = settle();
  const doc = await new ProgressStore(file, () => NOW).load();
  const loaded = settle();
  reviewsPerDay(doc, NOW, 182, 60);
  const decoded = settle();
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`  memory after load: heap +${mb(loaded.heapUsed - before.heapUsed)}, buffers +${mb(loaded.arrayBuffers - before.arrayBuffers)}` +
    `; after every record was decoded: heap +${mb(decoded.heapUsed - before.heapUsed)}`);
  void doc.records.size;
}

main(process.argv[2]!).catch((e) => {
  console.error(e);
  process.exit(1);
});
