/**
 * How deeply a request body may nest arrays and objects. Real bodies nest a few levels (formData,
 * filters, notification params); much deeper values only break the recursive code that later
 * compares, copies or freezes them (a 20,000-level value once made every query of its table fail).
 */
export const MAX_BODY_DEPTH = 64;

/**
 * True when `value` nests arrays/objects more than `limit` levels deep (the body itself is level
 * 1). Iterative, so it cannot overflow the stack on the very values it exists to refuse.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
