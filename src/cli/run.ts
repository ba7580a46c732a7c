// Subcommand dispatch, kept apart from main.ts so tests can call it in-process.
import { analyzeCommand } from './analyze';
import { lessonCommand } from './lesson';
import { quizCommand } from './quiz';

/** A subcommand: gets its arguments, writes to the streams, returns the exit code. */
export type Subcommand = (args: string[], io: CliIO) => Promise<number>;

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const subcommands: Record<string, Subcommand> = {
  analyze: analyzeCommand,
  lesson: lessonCommand,
  quiz: quizCommand,
};

const USAGE = `usage: depeche <command> [options]
commands:
${Object.keys(subcommands).map((c) => `  ${c}`).join('\n')}
`;

export async function runCli(argv: string[], io: CliIO = process): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : subcommands[name];
  if (!command) {
    io.stderr.write(name === undefined || name === '--help' ? USAGE : `depeche: unknown command '${name}'.\n${USAGE}`);
    return name === '--help' ? 0 : 2;
  }
  return command(rest, io);
}
