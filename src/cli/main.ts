// The `depeche` command line: one module per subcommand.
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`depeche: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
