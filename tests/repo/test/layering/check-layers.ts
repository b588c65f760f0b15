// Checks one package against its declared layers (`layers.ts` at the root of this workspace) with
// dependency-cruiser: every import, type-only ones included, goes to the same layer or a lower one,
// no import forms a cycle (bar a declared known one), and every source file belongs to a layer.
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import type { KnownCycle, PackageLayers } from '../../layers.js';

/** A regular expression matching the modules (as `src/...`) under any of `paths`. */
function pathPattern(paths: readonly string[]): string {
  const alternatives = paths.map((path) => {
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return path.endsWith('/') ? escaped : `${escaped}$`;
  });
  return `^src/(${alternatives.join('|')})`;
}

/** One forbidden rule per layer below the top: nothing in it imports from a layer above it. */
function upwardRules(layers: PackageLayers['layers']): IForbiddenRuleType[] {
  return layers.slice(1).map((layer, index) => ({
    name: `upward import from layer "${layer.name}"`,
    severity: 'error',
    from: { path: pathPattern(layer.paths) },
    to: { path: pathPattern(layers.slice(0, index + 1).flatMap((above) => above.paths)) },
  }));
}

const NO_CYCLE: IForbiddenRuleType = {
  name: 'no-circular',
  severity: 'error',
  from: {},
  to: { circular: true },
};

function isKnownCycle(cycle: readonly string[], known: readonly KnownCycle[]): boolean {
  return known.some(({ files }) => {
    const pattern = new RegExp(pathPattern(files));
    return cycle.every((module) => pattern.test(module));
  });
}

/**
 * What is wrong with `pkg`'s imports, one line per problem, each naming the package and the files
 * (paths relative to the package folder); empty when it follows its layers. `packageDir` is the
 * package's folder on disk.
 */
export async function layeringProblems(pkg: PackageLayers, packageDir: string): Promise<string[]> {
  const { output } = await cruise(
    ['src'],
    {
      baseDir: packageDir,
      validate: true,
      tsPreCompilationDeps: true,
      includeOnly: '^src/',
      ruleSet: { forbidden: [NO_CYCLE, ...upwardRules(pkg.layers)] },
    },
    { extensions: ['.ts', '.mts', '.js', '.mjs', '.json'] },
  );
  const result = output as ICruiseResult;
  const problems: string[] = [];
  const inSomeLayer = new RegExp(pathPattern(pkg.layers.flatMap((layer) => layer.paths)));
  for (const { source } of result.modules) {
    if (!inSomeLayer.test(source)) problems.push(`${pkg.root}: ${source} belongs to no layer`);
  }
  const seenCycles = new Set<string>();
  for (const violation of result.summary.violations) {
    if (violation.rule.name === NO_CYCLE.name) {
      const cycle = [violation.from, ...(violation.cycle ?? []).map(({ name }) => name)];
      if (isKnownCycle(cycle, pkg.knownCycles ?? [])) continue;
      const key = [...new Set(cycle)].sort().join();
      if (seenCycles.has(key)) continue;
      seenCycles.add(key);
      problems.push(`${pkg.root}: import cycle ${cycle.join(' -> ')}`);
    } else {
      problems.push(
        `${pkg.root}: ${violation.rule.name}: ${violation.from} imports ${violation.to}`,
      );
    }
  }
  return problems;
}
