/** One check of the scenario: its name, and why it failed. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly error?: string;
}

/** What each runtime prints (after {@link REPORT_PREFIX}) or returns: its checks. */
export interface RuntimeReport {
  readonly runtime: string;
  readonly results: readonly CheckResult[];
}

/** Marks the report line in a runtime's stdout, so other output cannot be mistaken for it. */
export const REPORT_PREFIX = 'BLIZWORK_RUNTIME_REPORT ';

/** Runs named checks one after another and collects their results; a check fails by throwing. */
export class Checks {
  readonly results: CheckResult[] = [];

  /** Runs `body` as the check `name`; a throw is recorded as its failure and does not stop the run. */
  async run(name: string, body: () => Promise<void> | void): Promise<void> {
    try {
      await body();
      this.results.push({ name, ok: true });
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.results.push({ name, ok: false, error: reason });
    }
  }
}

/** Throws `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` and `expected` serialize to the same JSON. */
export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  assert(a === e, `${what}: expected ${e}, got ${a}`);
}

/** Resolves the rejection of `promise`; throws if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/** Every way an error is shown: message, String(), stack and JSON. None may contain `secret`. */
export function assertHidden(error: unknown, secret: string): void {
  assert(error instanceof Error, `expected an Error, got ${String(error)}`);
  const views = {
    message: error.message,
    string: String(error),
    stack: String(error.stack),
    json: JSON.stringify(error),
  };
  for (const [view, text] of Object.entries(views)) {
    assert(!text.includes(secret), `the token appears in the error's ${view}`);
  }
}
