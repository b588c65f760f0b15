// Runs one runtime as a child process and reads its report line from stdout.
import { spawn } from 'node:child_process';

const REPORT_PREFIX = 'BLIZWORK_RUNTIME_REPORT ';

/** Output kept for a failure message: the end of stdout and stderr. */
const tail = (text) => text.trim().split('\n').slice(-15).join('\n');

/**
 * Runs `command args` and resolves its report; rejects (with the output's tail) when it exits
 * without one or runs over `timeoutMs`, in which case it is killed by its PID.
 */
export function runForReport(command, args, { cwd, timeoutMs, env = process.env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      process.kill(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(REPORT_PREFIX));
      if (line !== undefined) return resolve(JSON.parse(line.slice(REPORT_PREFIX.length)));
      reject(new Error(`exited with ${code} and no report\n${tail(stdout)}\n${tail(stderr)}`));
    });
  });
}

/** Spawns a long-running `command args` (a server); `stop()` kills it by PID and waits. */
export function startProcess(command, args, { cwd, env = process.env, extraFds = [] }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', ...extraFds] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('close', resolve));
  return {
    output: () => tail(output),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}
