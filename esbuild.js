// Bundles the extension host code, the CLI and the webview scripts.
// `node esbuild.js` (dev: sourcemaps), `--production` (minified), `--watch` (rebuild on change).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints the lines the `$esbuild-watch` problem matcher looks for. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
  loader: { '.tsv': 'text' },
};

/** Node-side bundles: the extension (vscode is provided by the host) and the CLI. */
const nodeTargets = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
].map((t) => ({ ...common, ...t, platform: 'node', format: 'cjs', target: 'node20' }));

/** Browser-side bundles: one script per webview surface. */
const webviewTargets = [
  { entryPoints: ['src/webview/reader.ts'], outfile: 'dist/webview/reader.js' },
  { entryPoints: ['src/webview/review.ts'], outfile: 'dist/webview/review.js' },
  { entryPoints: ['src/webview/dashboard.ts'], outfile: 'dist/webview/dashboard.js' },
].map((t) => ({ ...common, ...t, platform: 'browser', format: 'iife', target: 'es2022' }));

/** Builds the analysis data (dist/data: lexicon, frequencies, glosses, expressions) when stale. */
function buildAnalysisData() {
  const { execFileSync } = require('node:child_process');
  execFileSync(process.execPath, ['--import', 'tsx', 'src/core/text/build/main.ts', 'dist/data'], { stdio: 'inherit' });
}

/**
 * sql.js (the .apkg writer's SQLite) loads its WebAssembly at run time: it ships in dist/ beside the
 * bundles, since the .vsix holds dist/ and no node_modules.
 */
function copySqlWasm() {
  const fs = require('node:fs');
  fs.mkdirSync('dist', { recursive: true });
  fs.copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), 'dist/sql-wasm.wasm');
}

async function main() {
  buildAnalysisData();
  copySqlWasm();
  const contexts = await Promise.all([...nodeTargets, ...webviewTargets].map((o) => esbuild.context(o)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
