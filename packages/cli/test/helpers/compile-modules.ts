// Type-checks many in-memory TypeScript modules in one TypeScript program (one run of the
// compiler, in process: much faster than a `tsc` per module), with this package's compiler
// options plus the strictest flags users turn on. The modules sit in a virtual folder of the
// package, so `import type ... from '@blizwork/sdk'` resolves as it would in a user's project.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(PACKAGE_DIR, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)) as {
    config: unknown;
  };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  return {
    ...parsed.options,
    noEmit: true,
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    exactOptionalPropertyTypes: true,
    noPropertyAccessFromIndexSignature: true,
    // The language only: no DOM or Node types (parsed in every run, and a generated module must
    // not need them). The SDK's own declarations are not checked (skipLibCheck).
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
}

/** One module's compiler errors, as text. */
export interface ModuleDiagnostics {
  index: number;
  errors: string[];
}

/** Type-checks `sources` together; returns the errors of each module that has any. */
export function compileModules(sources: readonly string[]): ModuleDiagnostics[] {
  const options = compilerOptions();
  const virtual = new Map(
    sources.map((source, i) => [join(PACKAGE_DIR, 'test', '.typegen-virtual', `m${i}.ts`), source]),
  );
  const host = ts.createCompilerHost(options);
  const realGetSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => virtual.get(file) ?? ts.sys.readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined
      ? realGetSourceFile(file, language, ...rest)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const files = [...virtual.keys()];
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length > 0) throw new Error(format(global));
  return files.flatMap((file, index) => {
    const source = program.getSourceFile(file)!;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    return diagnostics.length === 0 ? [] : [{ index, errors: [format(diagnostics)] }];
  });
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => PACKAGE_DIR,
    getNewLine: () => '\n',
  });
}
