// Runs every *.test.ts beside this file with mocha, inside the extension host. The spec reporter
// prints through console.log, which the shim relays, so "N passing" reaches the CI log.
// DEPECHE_TEST_GREP (a regex on full test titles) narrows the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // DEPECHE_TEST_GREP runs only the tests whose title matches (while working on one; CI runs all).
  const grep = process.env.DEPECHE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.ts')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
