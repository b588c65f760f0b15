// Reads a module that typegen wrote as the compiler does, to prove it holds nothing but what
// typegen means to write: only declarations (a type-only import, interfaces, `export const` of
// string literals in arrays and objects), one-line comments, and the exact strings of the
// definitions; then runs it with nothing around it and records anything it touches.
import { transform } from 'esbuild';
import { createContext, runInContext } from 'node:vm';
import ts from 'typescript';

/** What an interface written for one process says, as the compiler reads it. */
export interface ProcessShape {
  typeName: string;
  processId: string;
  fieldKeys: string[];
  forms: { key: string; fields: string[]; next: string[] }[];
  formIdsName: string;
  nextFormsName: string;
}

/** A module that is not pure declarations, or not shaped as typegen writes it. */
export class NotDeclarationsOnly extends Error {}

const fail = (node: ts.Node, what: string): never => {
  throw new NotDeclarationsOnly(`${what}: ${node.getText()}`);
};

/** The text a property name stands for (identifier, string literal or computed string literal). */
function keyText(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression))
    return name.expression.text;
  return fail(name, 'a property name that is not a plain string');
}

/** The strings of a union of string literal types (`never` is the empty union). */
function literalUnion(type: ts.TypeNode): string[] {
  if (type.kind === ts.SyntaxKind.NeverKeyword) return [];
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  return members.map((member) =>
    ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
      ? member.literal.text
      : fail(member, 'not a string literal type'),
  );
}

function membersOf(node: ts.TypeNode | undefined): ts.NodeArray<ts.TypeElement> {
  if (node === undefined || !ts.isTypeLiteralNode(node)) return fail(node!, 'not a type literal');
  return node.members;
}

function propertyType(member: ts.TypeElement): ts.TypeNode {
  if (!ts.isPropertySignature(member) || member.type === undefined)
    return fail(member, 'not a property');
  return member.type;
}

/** Checks an interface as typegen writes it, and reads its strings. */
function readInterface(
  node: ts.InterfaceDeclaration,
): Omit<ProcessShape, 'formIdsName' | 'nextFormsName'> {
  const members = new Map(node.members.map((member) => [keyText(member.name!), member]));
  if (node.members.length !== 3 || node.heritageClauses !== undefined)
    fail(node, 'an interface with unexpected members');
  const [processId] = literalUnion(propertyType(members.get('processId')!));
  const fieldKeys = membersOf(propertyType(members.get('fields')!)).map((m) => keyText(m.name!));
  const forms = membersOf(propertyType(members.get('forms')!)).map((form) => {
    const parts = new Map(membersOf(propertyType(form)).map((m) => [keyText(m.name!), m]));
    return {
      key: keyText(form.name!),
      fields: literalUnion(propertyType(parts.get('fields')!)),
      next: literalUnion(propertyType(parts.get('next')!)),
    };
  });
  return { typeName: node.name.text, processId: processId!, fieldKeys, forms };
}

/** Only string literals, in arrays and object literals, under one `as const`. */
function checkConstValue(node: ts.Expression): void {
  if (ts.isStringLiteral(node)) return;
  if (ts.isArrayLiteralExpression(node)) return node.elements.forEach(checkConstValue);
  if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) fail(property, 'not a plain property');
      const assignment = property as ts.PropertyAssignment;
      keyText(assignment.name);
      // `__proto__: x` (bare or quoted) sets the prototype: only the computed form adds a property.
      if (!ts.isComputedPropertyName(assignment.name) && keyText(assignment.name) === '__proto__')
        fail(property, 'a __proto__ key that sets the prototype');
      checkConstValue(assignment.initializer);
    }
    return;
  }
  fail(node, 'not a string, array or object literal');
}

function readConst(statement: ts.VariableStatement): string {
  const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const list = statement.declarationList;
  if (!exported || (list.flags & ts.NodeFlags.Const) === 0 || list.declarations.length !== 1)
    fail(statement, 'not one exported const');
  const [declaration] = list.declarations;
  const init = declaration!.initializer;
  if (!ts.isIdentifier(declaration!.name) || init === undefined || !ts.isAsExpression(init))
    return fail(statement, 'not `name = ... as const`');
  if (!ts.isTypeReferenceNode(init.type) || init.type.typeName.getText() !== 'const')
    fail(init, 'not `as const`');
  checkConstValue(init.expression);
  return declaration!.name.text;
}

/** Every comment of the file (found by scanning, so a comment cannot hide from the check). */
function commentsOf(source: string): string[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    source,
  );
  const comments: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.SingleLineCommentTrivia ||
      kind === ts.SyntaxKind.MultiLineCommentTrivia
    )
      comments.push(scanner.getTokenText());
  }
  return comments;
}

/**
 * Parses a generated module; throws NotDeclarationsOnly when it holds anything but typegen's own
 * shape: an optional type-only import, then per process an interface and two exported consts.
 */
export function readGeneratedModule(source: string): {
  processes: ProcessShape[];
  comments: string[];
} {
  const file = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, true);
  const statements = [...file.statements];
  if (statements[0] !== undefined && ts.isImportDeclaration(statements[0])) {
    const clause = statements.shift() as ts.ImportDeclaration;
    if (clause.importClause?.isTypeOnly !== true) fail(clause, 'an import that is not type-only');
  }
  if (statements.length % 3 !== 0) throw new NotDeclarationsOnly(`${statements.length} statements`);
  const processes: ProcessShape[] = [];
  for (let i = 0; i < statements.length; i += 3) {
    const [type, formIds, nextForms] = statements.slice(i, i + 3) as [
      ts.Statement,
      ts.Statement,
      ts.Statement,
    ];
    if (!ts.isInterfaceDeclaration(type)) return fail(type, 'not an interface');
    if (!ts.isVariableStatement(formIds) || !ts.isVariableStatement(nextForms))
      return fail(formIds, 'not the two consts');
    processes.push({
      ...readInterface(type),
      formIdsName: readConst(formIds),
      nextFormsName: readConst(nextForms),
    });
  }
  return { processes, comments: commentsOf(source) };
}

/**
 * Runs CommonJS in a fresh context with nothing but `module` and `exports`, and returns what it
 * exports. Throws if the script reads anything else from the global scope (a ReferenceError),
 * adds a global, or does not finish within a second.
 */
export function evaluateScript(script: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const globals = { module, exports: module.exports };
  const context = createContext(Object.assign(Object.create(null) as object, globals));
  // Node's own CommonJS wrapper: the module's top-level names are its own, not globals.
  runInContext(`(function (module, exports) {\n${script}\n})(module, exports);`, context, {
    timeout: 1000,
  });
  const added = Object.getOwnPropertyNames(context).filter((name) => !Object.hasOwn(globals, name));
  if (added.length > 0) throw new Error(`the script added globals: ${added.join(', ')}`);
  return module.exports;
}

/** Transpiles modules to CommonJS (esbuild, in parallel: one module at a time is slow). */
export async function transpileModules(sources: readonly string[]): Promise<string[]> {
  return Promise.all(
    sources.map(async (source) => (await transform(source, { loader: 'ts', format: 'cjs' })).code),
  );
}
