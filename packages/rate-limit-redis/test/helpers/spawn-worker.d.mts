/** What paced-worker.mjs reads from its one argument. */
export interface WorkerSettings {
  redisPort: number;
  emulatorUrl: string;
  token: string;
  userId: string;
  companyId: string;
  transactionsPerSecond: number;
  /** Stop after this many calls. */
  calls?: number;
  /** Print `ready` once connected and wait for `go(stopAt)` before the first call. */
  waitForGo?: boolean;
  onRedisError?: 'error' | 'local';
  localTransactionsPerSecond?: number;
  /** A prefix of its own gives the worker a budget of its own (the benchmark's baseline). */
  keyPrefix?: string;
  /**
   * Resend a call refused with code 200 after `backOff()`, as the SDK does; `calls` then counts
   * accepted calls.
   */
  resendRefused?: boolean;
}

/** A worker's closing report. */
export interface WorkerReport {
  event: 'done';
  sent: number;
  code200: number;
  /** Set when `acquire()` rejected (the worker stops there). */
  storeError: { name: string; hasCause: boolean } | null;
  /**
   * When each `acquire()` resolved, in ms after the worker started its calls: never before the
   * slot the limiter granted, however busy the machine.
   */
  grantsMs: number[];
}

/** A running worker process. */
export interface Worker {
  readonly pid: number;
  readonly done: Promise<WorkerReport>;
  /** Resolves once a `waitForGo` worker is connected. */
  readonly ready: Promise<void>;
  /** Starts a `waitForGo` worker; it sends no call after `stopAt` (epoch ms). */
  go(stopAt: number): void;
  /** Stops the worker by its PID if it still runs. */
  kill(): void;
}

/** Spawns paced-worker.mjs as a separate Node process. */
export function spawnWorker(
  settings: WorkerSettings,
  hooks?: { onCall?: (resultCode: number) => void },
): Worker;
