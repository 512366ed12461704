import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Handlers that write the reply themselves (a file, a stream): their body is described by an @ApiResponse instead. */
const RAW_RETURN_TYPES = new Set(['void', 'Buffer', 'FastifyReply']);
const BUILT_IN_TYPES = new Set(['Array', 'Record', 'Partial', 'Pick', 'Omit', 'Readonly']);

export interface HandlerReturnType {
  /** `${ControllerClass}_${method}`, the operationId the document gives the route. */
  operationId: string;
  /** The wire type as written in the controller, Promise unwrapped; null for a handler that writes its own reply. */
  typeText: string | null;
  /** The names it uses, all exported by @govopen/contracts. */
  contractNames: string[];
}

export class HandlerReturnTypeError extends Error {}

function decoratorName(decorator: ts.Decorator): string | null {
  const call = decorator.expression;
  if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) return call.expression.text;
  return null;
}

function contractImports(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== '@govopen/contracts') continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

function referencedNames(node: ts.Node): string[] {
  const names: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) names.push(child.typeName.text);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

function hasTypeLiteral(node: ts.Node): boolean {
  return ts.isTypeLiteralNode(node) || (ts.forEachChild(node, hasTypeLiteral) ?? false);
}

function unwrapPromise(type: ts.TypeNode): ts.TypeNode {
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'Promise' && type.typeArguments?.length === 1) {
    return type.typeArguments[0];
  }
  return type;
}

function controllerFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(full);
    return entry.name.endsWith('.controller.ts') ? [full] : [];
  });
}

/**
 * The declared return type of every route handler under `srcDir`, read from the source (no type checking): the
 * response body of each operation has one source, the contracts type the handler promises. A handler without a
 * declared type, or whose type names something that is not a contracts export, is refused: the fix is to return the
 * contracts type, so the document cannot describe a shape the clients do not share.
 */
export function readHandlerReturnTypes(srcDir: string): HandlerReturnType[] {
  const handlers: HandlerReturnType[] = [];
  const problems: string[] = [];
  for (const file of controllerFiles(srcDir)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const contracts = contractImports(source);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const isController = (ts.getDecorators(statement) ?? []).some((decorator) => decoratorName(decorator) === 'Controller');
      if (!isController) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        if (!(ts.getDecorators(member) ?? []).some((decorator) => HTTP_DECORATORS.has(decoratorName(decorator) ?? ''))) continue;
        const operationId = `${statement.name.text}_${member.name.text}`;
        const where = `${path.relative(srcDir, file)} ${operationId}`;
        if (!member.type) {
          problems.push(`${where}: no declared return type`);
          continue;
        }
        const body = unwrapPromise(member.type);
        const text = body.getText(source);
        if (RAW_RETURN_TYPES.has(text)) {
          handlers.push({ operationId, typeText: null, contractNames: [] });
          continue;
        }
        if (hasTypeLiteral(body)) {
          problems.push(`${where}: returns an inline object type; name it in @govopen/contracts`);
          continue;
        }
        const names = [...new Set(referencedNames(body))].filter((name) => !BUILT_IN_TYPES.has(name));
        const foreign = names.filter((name) => !contracts.has(name));
        if (foreign.length) {
          problems.push(`${where}: returns ${foreign.join(', ')}, not a type imported from @govopen/contracts`);
          continue;
        }
        handlers.push({ operationId, typeText: text, contractNames: names });
      }
    }
  }
  if (problems.length) throw new HandlerReturnTypeError(`Route handlers must return a contracts type:\n  ${problems.join('\n  ')}`);
  return handlers;
}
