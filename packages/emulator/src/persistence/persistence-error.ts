/** A state file (or `--import` file) the emulator refuses to load; the file is left untouched. */
export class PersistenceError extends Error {
  /** Always `'PersistenceError'`. */
  override readonly name = 'PersistenceError';
  /** The file that was refused. */
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.file = file;
  }
}
