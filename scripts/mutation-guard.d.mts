/** The files under `dir` (relative to the repository `root`) that differ from git's index or are untracked. */
export function uncommittedFiles(root: string, dir: string): string[];

/** The tracked files under `dir` whose working copy holds Stryker's instrumentation. */
export function instrumentedFiles(root: string, dir: string): string[];

/** Why a mutation run must not start on `dir` (the uncommitted files, and what to do), or `undefined`. */
export function refusalToStart(root: string, dir: string): string | undefined;

/** Puts back from git every file under `dir` that Stryker left instrumented; returns their names. */
export function restoreInstrumented(root: string, dir: string): string[];
