/** The last `max` characters of `text`, marked when cut. */
export function tail(text: string, max?: number): string;

/** `message` followed by the labelled output: for `expect(value, message)` and thrown errors. */
export function withOutput(message: string, label: string, output: string): string;

/**
 * Shows `output()` (read when a test fails) in the failure message of every test that fails while
 * it is watched: assertions, thrown errors and timeouts alike. Called inside a test, the watch
 * ends with that test; called outside one (a `beforeAll`), it lasts for the rest of the file or
 * until the returned function is called.
 */
export function showOutputOnFailure(label: string, output: () => string): () => void;

/** Resolves once no process runs with the PID (it exited, or never existed). */
export function processGone(pid: number): Promise<void>;
