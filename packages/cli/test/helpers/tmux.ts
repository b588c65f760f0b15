// A command in a real terminal: each session gets a tmux server of its own (a private socket in a
// fresh temp directory, no user config), so no two tests, files or runs share a server and
// stopping one never races starting the next. It waits on what the pane shows, never on time, and
// a failing test shows the pane and tmux's stderr.
import { execFile, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';
import {
  processGone,
  showOutputOnFailure,
  withOutput,
} from '../../../../test-support/process-output.mjs';
import { tempDir } from './run-cli.js';

const execFileAsync = promisify(execFile);

/** A command running in a terminal. */
export interface TmuxSession {
  /** The pane's text with its history, wrapped lines joined; `escapes` keeps the colour codes. */
  pane(options?: { escapes?: boolean }): Promise<string>;
  /** Types text as is. */
  type(text: string): Promise<void>;
  /** Presses a key, such as `Enter`. */
  press(key: string): Promise<void>;
  /**
   * Resolves with the pane once `marker` shows in it. Fails at once when the command ended without
   * showing it (the test's failure message shows the pane and tmux's stderr).
   */
  waitFor(marker: RegExp): Promise<string>;
  /** The pane (as last captured) and tmux's stderr, for assertion messages. */
  describe(): string;
  /** Stops the session's tmux server by its PID and resolves once it is gone. */
  stop(): Promise<void>;
}

/**
 * Starts `command` (a shell command line) in a terminal of `width`×`height`. The pane stays after
 * the command ends (`remain-on-exit`), so its output can be read however late. Call it inside a
 * test: the server is stopped when the test ends. Every tmux call but the first is asynchronous:
 * an emulator serving the command from the test's own process is never blocked by one.
 */
export function startTmux(command: string, { width = 160, height = 20 } = {}): TmuxSession {
  const dir = tempDir('blizwork-tmux-');
  const socket = join(dir, 'tmux.sock');
  const config = join(dir, 'tmux.conf');
  writeFileSync(config, 'set -g remain-on-exit on\n');
  const base = ['-S', socket, '-f', config];
  const errors: string[] = [];
  const tmux = async (...args: string[]): Promise<string> => {
    try {
      return (await execFileAsync('tmux', [...base, ...args], { encoding: 'utf8' })).stdout;
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      errors.push(`tmux ${args.join(' ')}: ${stderr?.trim() || message}`);
      return '';
    }
  };
  let lastPane = '';
  // `-S -`: from the start of the history, so nothing that scrolled off is missed (a dead pane
  // scrolls its screen to show `Pane is dead` on the last line).
  const captureArgs = (escapes: boolean) => [
    'capture-pane',
    '-p',
    '-J',
    '-S',
    '-',
    ...(escapes ? ['-e'] : []),
    '-t',
    'test',
  ];
  const pane = async ({ escapes = false } = {}) => {
    const text = await tmux(...captureArgs(escapes));
    if (!escapes) lastPane = text;
    return text;
  };
  const describe = () =>
    `terminal (last seen):\n${lastPane.trimEnd() || '(empty)'}\n` +
    `tmux stderr:\n${errors.join('\n') || '(none)'}`;

  const size = ['-x', String(width), '-y', String(height)];
  const started = spawnSync(
    'tmux',
    [...base, 'new-session', '-d', '-s', 'test', ...size, command],
    {
      encoding: 'utf8',
    },
  );
  if (started.status !== 0) {
    errors.push(`tmux new-session: ${started.error?.message ?? started.stderr.trim()}`);
    throw new Error(withOutput('tmux new-session failed', 'tmux', describe()));
  }
  const pid = Number(
    spawnSync('tmux', [...base, 'display-message', '-p', '-t', 'test', '#{pid}'], {
      encoding: 'utf8',
    }).stdout.trim(),
  );
  const running = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  showOutputOnFailure(`tmux (${command.slice(0, 80)}…)`, describe);

  let stopped: Promise<void> | undefined;
  const session: TmuxSession = {
    pane,
    describe,
    type: async (text) => void (await tmux('send-keys', '-t', 'test', '-l', text)),
    press: async (key) => void (await tmux('send-keys', '-t', 'test', key)),
    async waitFor(marker) {
      for (;;) {
        // One tmux call: whether the command has ended, then the pane (all it will ever show).
        const output = await tmux(
          'display-message',
          '-p',
          '-t',
          'test',
          '#{pane_dead}',
          ';',
          ...captureArgs(false),
        );
        const newline = output.indexOf('\n');
        const dead = newline >= 0 && output.slice(0, newline) === '1';
        if (newline >= 0) lastPane = output.slice(newline + 1); // else the call failed
        if (marker.test(lastPane)) return lastPane;
        // The failure message gets the pane and tmux's stderr (showOutputOnFailure above).
        if (dead) throw new Error(`the command ended; the terminal never showed ${String(marker)}`);
        if (stopped !== undefined)
          throw new Error(`stopped before the terminal showed ${String(marker)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop() {
      stopped ??= (async () => {
        if (pid > 0 && running()) {
          await pane(); // the last view, for a failure message
          process.kill(pid, 'SIGTERM');
          await processGone(pid);
        }
        rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
  onTestFinished(() => session.stop());
  return session;
}
