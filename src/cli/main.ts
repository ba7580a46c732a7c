// The `depeche` command line: one module per subcommand.
import { runCli } from './run';

// A reader that stops early (`depeche analyze big.txt | head`) closes the pipe: not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`depeche: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
