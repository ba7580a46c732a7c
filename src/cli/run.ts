// Subcommand dispatch, kept apart from main.ts so tests can call it in-process.

/** A subcommand: gets its arguments, writes to the streams, returns the exit code. */
export type Subcommand = (args: string[], io: CliIO) => Promise<number>;

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Loaded on use, so `depeche analyze` does not pay to start the quiz engine or the lesson parser. */
const subcommands: Record<string, () => Promise<Subcommand>> = {
  analyze: async () => (await import('./analyze')).analyzeCommand,
  export: async () => (await import('./export')).exportCommand,
  lesson: async () => (await import('./lesson')).lessonCommand,
  quiz: async () => (await import('./quiz')).quizCommand,
};

const USAGE = `usage: depeche <command> [options]
commands:
${Object.keys(subcommands).map((c) => `  ${c}`).join('\n')}
`;

export async function runCli(argv: string[], io: CliIO = process): Promise<number> {
  const [name, ...rest] = argv;
  const load = name !== undefined && Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!load) {
    io.stderr.write(name === undefined || name === '--help' ? USAGE : `depeche: unknown command '${name}'.\n${USAGE}`);
    return name === '--help' ? 0 : 2;
  }
  return (await load())(rest, io);
}
