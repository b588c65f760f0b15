// ESLint rule `blizwork/no-inherited-lookup`: a string-keyed plain object (a type with a string index
// signature, e.g. `Record<string, T>`) read, written or tested with a key that may be any string.
// `object[key]` then also answers inherited members (`__proto__`, `constructor`, `toString`...), and
// `object[key] = value` with `__proto__` replaces the prototype: with a key from a request, a file or
// a reply, that is how one `GET /_emulator/__proto__` ended the emulator (issue 18). Use a `Map`, or
// guard the access with `Object.hasOwn(object, key)`: the rule accepts `Object.hasOwn(o, k) ? o[k] : x`,
// `Object.hasOwn(o, k) && o[k]`, `if (Object.hasOwn(o, k)) { ... o[k] ... }` and an earlier
// `if (!Object.hasOwn(o, k)) return;` (or throw, continue, break) in an enclosing block.
//
// It needs type information (typescript-eslint's project service): keys typed as a union of string
// literals, numbers and symbols are fine, and so are arrays, tuples and types without a string index.
import ts from 'typescript';

const WIDE_KEY =
  ts.TypeFlags.String |
  ts.TypeFlags.TemplateLiteral |
  ts.TypeFlags.StringMapping |
  ts.TypeFlags.Any;

/** True when the key's type admits arbitrary strings. */
const isWideKey = (type) =>
  (type.isUnion() ? type.types : [type]).some((part) => (part.flags & WIDE_KEY) !== 0);

/** True when the object's type (or one member of its union) is indexed by any string. */
const hasStringIndex = (checker, type) =>
  (type.isUnion() ? type.types : [type]).some(
    (part) =>
      !checker.isArrayType(part) &&
      !checker.isTupleType(part) &&
      checker
        .getIndexInfosOfType(checker.getApparentType(part))
        .some((info) => (info.keyType.flags & ts.TypeFlags.String) !== 0),
  );

const unwrap = (node) =>
  node.type === 'ChainExpression' ||
  node.type === 'TSNonNullExpression' ||
  node.type === 'TSAsExpression'
    ? unwrap(node.expression)
    : node;

/** True when `test` holds only if `Object.hasOwn(object, key)` does (`&&` chains included). */
function assertsOwn(test, object, key, text) {
  const node = unwrap(test);
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    return assertsOwn(node.left, object, key, text) || assertsOwn(node.right, object, key, text);
  }
  return (
    node.type === 'CallExpression' &&
    text(node.callee) === 'Object.hasOwn' &&
    node.arguments.length === 2 &&
    text(node.arguments[0]) === text(object) &&
    text(node.arguments[1]) === text(key)
  );
}

/** True when `statement` is `if (!Object.hasOwn(object, key)) <leave>`. */
function exitsUnlessOwn(statement, object, key, text) {
  if (statement.type !== 'IfStatement' || statement.alternate) return false;
  const test = unwrap(statement.test);
  if (test.type !== 'UnaryExpression' || test.operator !== '!') return false;
  if (!assertsOwn(test.argument, object, key, text)) return false;
  const last =
    statement.consequent.type === 'BlockStatement'
      ? statement.consequent.body.at(-1)
      : statement.consequent;
  return ['ReturnStatement', 'ThrowStatement', 'ContinueStatement', 'BreakStatement'].includes(
    last?.type,
  );
}

/** True when an enclosing condition or an earlier early exit makes `object[key]` an own property. */
function isGuarded(node, object, key, text) {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      (parent.type === 'ConditionalExpression' && child === parent.consequent) ||
      (parent.type === 'IfStatement' && child === parent.consequent)
    ) {
      if (assertsOwn(parent.test, object, key, text)) return true;
    }
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && child === parent.right) {
      if (assertsOwn(parent.left, object, key, text)) return true;
    }
    if (parent.type === 'BlockStatement' || parent.type === 'Program') {
      const before = parent.body.slice(0, parent.body.indexOf(child));
      if (before.some((statement) => exitsUnlessOwn(statement, object, key, text))) return true;
    }
    if (parent.type.startsWith('Function') || parent.type === 'ArrowFunctionExpression') {
      if (parent.body !== child) return false;
    }
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Forbid string-keyed plain-object lookups with any-string keys (inherited members answer too): use a Map or Object.hasOwn',
    },
    messages: {
      lookup:
        '`{{text}}`: with a key that may be any string, inherited members (`__proto__`, `constructor`, `toString`) answer too. Use a Map, or guard with `Object.hasOwn(object, key)`.',
      write:
        '`{{text}}`: writing with a key that may be any string can replace the prototype (`__proto__`). Use a Map, `Object.fromEntries`, or guard with `Object.hasOwn(object, key)`.',
      in: '`{{text}}` is true for inherited members too (`constructor`, `toString`). Use `Object.hasOwn(object, key)` or a Map.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) return {};
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => services.getTypeAtLocation(node);
    const text = (node) => context.sourceCode.getText(unwrap(node));
    return {
      MemberExpression(node) {
        if (!node.computed || node.property.type === 'Literal') return;
        if (!isWideKey(typeOf(node.property)) || !hasStringIndex(checker, typeOf(node.object)))
          return;
        if (isGuarded(node, node.object, node.property, text)) return;
        const parent = node.parent;
        const written =
          (parent.type === 'AssignmentExpression' && parent.left === node) ||
          (parent.type === 'UnaryExpression' && parent.operator === 'delete');
        context.report({
          node,
          messageId: written ? 'write' : 'lookup',
          data: { text: text(node) },
        });
      },
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'PrivateIdentifier') return;
        if (!isWideKey(typeOf(node.left))) return;
        context.report({ node, messageId: 'in', data: { text: text(node) } });
      },
    };
  },
};
