// What the tests' external processes (spawned CLIs, emulators, redis-server, Chromium, tmux)
// printed, shown with a failure: an assertion that fails on such a process says why the process
// did what it did. Plain JavaScript with its types beside it (process-output.d.mts), so every
// package's tests can import it without compiling files outside their own folder.
import { readFileSync } from 'node:fs';
import { afterEach, onTestFinished } from 'vitest';

/** How much of an output a failure shows: its end, where the error is. */
const TAIL_CHARACTERS = 8_000;

/** The last `max` characters of `text`, marked when cut. */
export function tail(text, max = TAIL_CHARACTERS) {
  return text.length <= max
    ? text
    : `[… ${text.length - max} characters before]\n${text.slice(-max)}`;
}

/** The labelled end of a process's output. */
const section = (label, output) =>
  `--- ${label} ---\n${tail(output.trimEnd()) || '(nothing)'}\n--- end of ${label} ---`;

/** `message` followed by the labelled output: for `expect(value, message)` and thrown errors. */
export function withOutput(message, label, output) {
  return `${message}\n${section(label, output)}`;
}

/** @type {Set<{ label: string, output: () => string }>} */
const watched = new Set();

/**
 * Shows `output()` (read when a test fails, so it is as late as can be) in the failure message of
 * every test that fails while it is watched: assertions, thrown errors and timeouts alike. Called
 * inside a test, the watch ends with that test; called outside one (a `beforeAll`), it lasts for
 * the rest of the file or until the returned function is called.
 */
export function showOutputOnFailure(label, output) {
  const entry = { label, output };
  watched.add(entry);
  const unwatch = () => void watched.delete(entry);
  try {
    onTestFinished(unwatch);
  } catch {
    // Not inside a test: the watch lasts until unwatched (module state is per test file).
  }
  return unwatch;
}

// Registered once per test file (the first helper that imports this module): appends what the
// watched processes printed to the failed test's first error, which the reporter prints. Outside
// Vitest (a benchmark reusing a test helper) there is no test to fail.
if (process.env.VITEST) afterEach(appendOutputs);

/** @param {import('vitest').TestContext} context */
function appendOutputs(context) {
  const error = context.task.result?.errors?.[0];
  if (context.task.result?.state !== 'fail' || error === undefined || watched.size === 0) return;
  const outputs = [...watched].map(({ label, output }) => {
    let text;
    try {
      text = output();
    } catch (cause) {
      text = `(could not read it: ${cause instanceof Error ? cause.message : String(cause)})`;
    }
    return section(label, text);
  });
  error.message = `${error.message}\n${outputs.join('\n')}`;
}

/** Whether a process has the PID and has not exited (a zombie waiting to be reaped has). */
function running(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // `pid (name) S ...`: the state follows the last parenthesis. Z: exited, not reaped yet.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: the signal check is all there is
  }
}

/** Resolves once no process runs with the PID (it exited, or never existed). */
export async function processGone(pid) {
  while (running(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
}
