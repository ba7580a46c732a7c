#!/usr/bin/env node
// The "VS Code executable" handed to @vscode/test-electron's runTests({ vscodeExecutablePath }):
// no desktop VS Code can be installed here, so this runs the tests in code-server instead.
// TypeScript through tsx; the work is in vscodeShim.ts.
require('tsx/cjs');
require('./vscodeShim.ts');
