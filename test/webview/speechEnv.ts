// Real speech for the webview tests: a private PulseAudio with a null sink (it plays in real time,
// so an utterance lasts as long as it would aloud) and a private speech-dispatcher with espeak-ng,
// both in a temporary runtime folder, for a Chromium started with `--enable-speech-dispatcher`.
// espeak-ng's data is seen without its ~70 voice variants per language: with them, speech-dispatcher
// lists 13,000 voices and Chromium takes half a minute to load the list; without, 131.
// Needs Debian's speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng and pulseaudio
// (.ci/setup-vscode.sh installs them). Nothing is written outside the temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ESPEAK_DATA = '/usr/lib/x86_64-linux-gnu/espeak-ng-data';
const SPEECHD_CONF = '/etc/speech-dispatcher';

export const SPEECH_CHROMIUM_ARGS = ['--enable-speech-dispatcher'];

export class SpeechEnvironment {
  private constructor(
    private readonly dir: string,
    private readonly processes: ChildProcess[],
    /** What Chromium's environment needs to reach this speech-dispatcher. */
    readonly env: Record<string, string>,
  ) {}

  static async start(): Promise<SpeechEnvironment> {
    for (const needed of [ESPEAK_DATA, SPEECHD_CONF, '/usr/bin/speech-dispatcher', '/usr/bin/pulseaudio']) {
      if (!existsSync(needed)) throw new Error(`speech tests need ${needed}: install speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng and pulseaudio (.ci/setup-vscode.sh)`);
    }
    const dir = await mkdtemp(join(tmpdir(), 'depeche-speech-'));
    const run = join(dir, 'run');
    await mkdir(run, { mode: 0o700 });
    const data = join(dir, 'espeak', 'espeak-ng-data');
    await mkdir(data, { recursive: true });
    for (const entry of await readdir(ESPEAK_DATA)) {
      if (entry !== 'voices') await symlink(join(ESPEAK_DATA, entry), join(data, entry));
    }
    const conf = join(dir, 'conf');
    await cp(SPEECHD_CONF, conf, { recursive: true });
    const speechd = join(conf, 'speechd.conf');
    const text = await readFile(speechd, 'utf8');
    await writeFile(speechd, `${text}\nAudioOutputMethod "pulse"\nLogLevel 1\n`);

    const socket = join(run, 'speechd.sock');
    const env = { XDG_RUNTIME_DIR: run, SPEECHD_ADDRESS: `unix_socket:${socket}` };
    const childEnv = { ...process.env, ...env, ESPEAK_DATA_PATH: join(dir, 'espeak') };
    const processes: ChildProcess[] = [];
    const environment = new SpeechEnvironment(dir, processes, env);
    try {
      processes.push(
        spawn('pulseaudio', ['--daemonize=no', '--exit-idle-time=-1', '-n', '--load=module-null-sink', '--load=module-native-protocol-unix', '--log-target=stderr'], {
          env: childEnv,
          stdio: 'ignore',
        }),
      );
      await waitFor(join(run, 'pulse', 'native'), 'PulseAudio');
      processes.push(
        spawn('speech-dispatcher', ['--run-single', '-C', conf, '-c', 'unix_socket', '-S', socket, '-t', '0', '-L', join(dir, 'log')], {
          env: childEnv,
          stdio: 'ignore',
        }),
      );
      await waitFor(socket, 'speech-dispatcher');
    } catch (error) {
      await environment.stop();
      throw error;
    }
    return environment;
  }

  async stop(): Promise<void> {
    // Only the two processes started above, by their own handles.
    for (const child of this.processes.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 3000))]);
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function waitFor(path: string, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(path)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not start (no ${path})`);
}
