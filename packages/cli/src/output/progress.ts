// A progress bar on stderr, only when stderr is a terminal (never in pipes, files or --json).
import cliProgress from 'cli-progress';
import type { Output } from './output.js';

/** What a long command reports to. */
export interface Progress {
  update(done: number, details?: { total?: number }): void;
  /** Removes the bar (or does nothing). */
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/** A bar with count, rate and ETA on a TTY; a no-op otherwise. */
export function createProgress(output: Output, label: string, total: number | undefined): Progress {
  if (!output.interactive) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: output.stderr,
      format: `${label} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let stopped = false;
  bar.start(total ?? 0, 0, { rate: '0' });
  return {
    update(done, details = {}) {
      if (details.total !== undefined) bar.setTotal(details.total);
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
