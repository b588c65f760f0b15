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
  /** Epoch ms at which to start calling. */
  startAt?: number;
  /** Epoch ms after which no call is sent. */
  stopAt?: number;
  onRedisError?: 'error' | 'local';
  localTransactionsPerSecond?: number;
}

/** A worker's closing report. */
export interface WorkerReport {
  event: 'done';
  sent: number;
  code200: number;
  /** Set when `acquire()` rejected (the worker stops there). */
  storeError: { name: string; hasCause: boolean } | null;
}

/** A running worker process. */
export interface Worker {
  readonly pid: number;
  readonly done: Promise<WorkerReport>;
  /** Stops the worker by its PID if it still runs. */
  kill(): void;
}

/** Spawns paced-worker.mjs as a separate Node process. */
export function spawnWorker(
  settings: WorkerSettings,
  hooks?: { onCall?: (resultCode: number) => void },
): Worker;
