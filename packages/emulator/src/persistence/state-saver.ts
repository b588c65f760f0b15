import { writeFileAtomically } from './snapshot-file.js';

/** How long after a change the state is written: a crash loses at most this window. */
export const SAVE_DEBOUNCE_MS = 200;

/**
 * Writes the state file after changes, at most once per debounce window, one write at a time.
 * `serialize` is called when the write starts, so the file holds the state of that moment.
 */
export class StateSaver {
  readonly #file: string;
  readonly #serialize: () => string;
  readonly #onError: (error: Error) => void;
  #timer: NodeJS.Timeout | undefined;
  #dirty = false;
  #writing: Promise<void> | undefined;

  constructor(file: string, serialize: () => string, onError: (error: Error) => void) {
    this.#file = file;
    this.#serialize = serialize;
    this.#onError = onError;
  }

  /** Notes a change; the state is written within the debounce window. */
  changed(): void {
    this.#dirty = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      void this.#write();
    }, SAVE_DEBOUNCE_MS);
  }

  /** Writes now if anything changed since the last write; resolves once it is on disk. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#write();
  }

  async #write(): Promise<void> {
    while (this.#writing !== undefined) await this.#writing;
    if (!this.#dirty) return;
    this.#dirty = false;
    const text = this.#serialize();
    this.#writing = writeFileAtomically(this.#file, text)
      .catch((error: unknown) => {
        this.#dirty = true; // try again with the next change or flush
        this.#onError(error as Error);
      })
      .finally(() => {
        this.#writing = undefined;
      });
    await this.#writing;
  }
}
