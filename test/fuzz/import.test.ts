// Fuzz: random and hostile dispatches (plain text, Markdown and HTML files) through the importer.
// Every lesson written parses, shows the dispatch text exactly in the reader and quizzes; the
// importer refuses only with its own one-sentence ImportError.
import fc from 'fast-check';
import { importDepsFromData } from '../../src/core/import/deps';
import type { ImportDeps } from '../../src/core/import/importer';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { frenchDispatch, hostileDispatch } from '../unit/importArbitraries';
import { checkImport } from '../unit/importChecks';
import { campaign, FUZZ_TIMEOUT } from './campaign';

describe('fuzz: importer', function () {
  this.timeout(FUZZ_TIMEOUT);
  let deps: ImportDeps;
  before(() => {
    deps = importDepsFromData(analysisDataDir());
  });

  it('writes lessons that parse, read as the dispatch and quiz, from hostile text files', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(hostileDispatch, frenchDispatch), async (d) => void (await checkImport(d, deps))), campaign(60));
  });

  it('does the same from Markdown and HTML files', async () => {
    const file = fc.tuple(fc.oneof(hostileDispatch, frenchDispatch), fc.constantFrom('dispatch.md', 'dispatch.html', 'page.HTM'));
    await fc.assert(fc.asyncProperty(file, async ([d, name]) => void (await checkImport(d, deps, name))), campaign(40));
  });
});
