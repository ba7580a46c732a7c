// extensionTestsPath: the extension host requires this file and calls run(). The suite is
// TypeScript, loaded through tsx.
require('tsx/cjs');
module.exports = require('./run.ts');
