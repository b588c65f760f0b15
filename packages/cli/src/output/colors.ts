// Colours only where a person reads them: stderr is a TTY, NO_COLOR is unset and --json is off.
import type { OutputStream } from './streams.js';

/** Whether stderr gets colours and progress bars. */
export function stderrIsInteractive(
  json: boolean,
  env: NodeJS.ProcessEnv = process.env,
  stderr: OutputStream = process.stderr,
): boolean {
  return !json && stderr.isTTY === true && env.TERM !== 'dumb';
}

/** Whether colours are on (NO_COLOR, any non-empty value, turns them off: no-color.org). */
export function colorsEnabled(
  json: boolean,
  env: NodeJS.ProcessEnv = process.env,
  stderr: OutputStream = process.stderr,
): boolean {
  return stderrIsInteractive(json, env, stderr) && !env.NO_COLOR;
}

/** Minimal ANSI styling, a no-op when colours are off. */
export function paint(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22) };
}
