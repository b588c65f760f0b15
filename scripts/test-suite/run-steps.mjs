// Runs the steps of steps.mjs in order. A failed step does not stop the run: each later step runs
// when every step it `needs` passed, and is skipped (with the reason) otherwise.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {import('./steps.mjs').Step} Step
 * @typedef {{ step: Step, status: 'passed' | 'failed' | 'skipped', seconds: number,
 *   detail: string }} Outcome  `detail`: the exit code or signal of a failed step, the failed
 *   needs of a skipped one
 */

/** Throws when a name repeats or a step needs a step that does not run before it. */
export function checkSteps(steps) {
  const seen = new Set();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`test steps: '${step.name}' is listed twice`);
    for (const need of step.needs ?? []) {
      if (!seen.has(need)) {
        throw new Error(`test steps: '${step.name}' needs '${need}', which is not an earlier step`);
      }
    }
    seen.add(step.name);
  }
}

/** Runs every step it can, printing a `=== name: command` header before each; returns outcomes. */
export function runSteps(steps, { env = process.env, cwd = process.cwd() } = {}) {
  checkSteps(steps);
  /** @type {Map<string, Outcome>} */
  const outcomes = new Map();
  for (const step of steps) {
    const blockedBy = (step.needs ?? []).filter((need) => outcomes.get(need)?.status !== 'passed');
    if (blockedBy.length > 0) {
      const detail = `needs ${blockedBy.join(', ')}`;
      console.log(`\n=== ${step.name}: skipped (${detail})`);
      outcomes.set(step.name, { step, status: 'skipped', seconds: 0, detail });
      continue;
    }
    const [command, ...args] = step.command;
    console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
    const started = Date.now();
    const result = spawnSync(command, args, { stdio: 'inherit', env, cwd });
    const seconds = (Date.now() - started) / 1000;
    const passed = result.status === 0;
    const detail = passed
      ? ''
      : result.error
        ? result.error.message
        : result.signal
          ? `killed by ${result.signal}`
          : `exit code ${result.status}`;
    outcomes.set(step.name, { step, status: passed ? 'passed' : 'failed', seconds, detail });
  }
  return [...outcomes.values()];
}
