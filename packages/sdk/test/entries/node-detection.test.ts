// Which runtimes get the node:http transport from the Node entry: Node itself only. Bun, Deno and
// workerd (nodejs_compat) also match the `node` export condition in some setups and report a Node
// version, but their node:http is built on fetch, so they keep the fetch transport.
import { describe, expect, it } from 'vitest';
import { isNodeItself, type RuntimeScope } from '../../src/internal/transport/node-connections.js';

const getBuiltinModule = (): unknown => ({});
const node: RuntimeScope = { process: { versions: { node: '20.19.0' }, getBuiltinModule } };

describe('the node:http transport is chosen', () => {
  it('on Node (a Node version and getBuiltinModule)', () => {
    expect(isNodeItself(node)).toBe(true);
    expect(isNodeItself({ ...node, navigator: { userAgent: 'Node.js/22' } })).toBe(true);
    expect(isNodeItself(globalThis as RuntimeScope)).toBe(true);
  });

  it.each<[string, RuntimeScope]>([
    ['Bun', { process: { versions: { node: '24.3.0', bun: '1.4.5' }, getBuiltinModule } }],
    ['Deno', { process: { versions: { node: '22.0.0', deno: '2.9.6' }, getBuiltinModule } }],
    ['workerd with nodejs_compat', { ...node, navigator: { userAgent: 'Cloudflare-Workers' } }],
    ['a browser', { navigator: { userAgent: 'Mozilla/5.0' } }],
    ['Node before getBuiltinModule (< 20.16)', { process: { versions: { node: '20.10.0' } } }],
  ])('not on %s', (_runtime, scope) => {
    expect(isNodeItself(scope)).toBe(false);
  });
});
