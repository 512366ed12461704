import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import type { HandlerReturnType } from './read-handler-return-types';

export type JsonSchema = Record<string, unknown>;

export interface ContractSchemas {
  /** The response body of each operation that answers JSON, by operationId. */
  responses: Record<string, JsonSchema>;
  /** Named contracts types the responses refer to, for components.schemas. */
  schemas: Record<string, JsonSchema>;
}

const ROOT_TYPE = 'OperationResponses';
/** Shapes the document needs that no handler returns. */
const EXTRA_TYPES: Record<string, string> = { __error: 'ApiErrorBody' };

/** `Page<PolicySummary>` is not a valid component name: `Page_PolicySummary`. */
export function componentName(definition: string): string {
  return decodeURIComponent(definition)
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#/definitions/')) {
        return [key, `#/components/schemas/${componentName(item.slice('#/definitions/'.length))}`];
      }
      return [key, rewriteRefs(item)];
    }),
  );
}

/**
 * JSON Schemas of the contracts types the handlers return, made by ts-json-schema-generator from a throw-away file
 * that names each operation's type exactly as its controller wrote it. Strict null checks and closed objects: a
 * field the contract does not declare is a drift the contract test should see.
 */
export function generateContractSchemas(handlers: HandlerReturnType[], contractsPackageDir: string): ContractSchemas {
  const typed = handlers.filter((handler) => handler.typeText);
  const names = new Set([...typed.flatMap((handler) => handler.contractNames), ...Object.values(EXTRA_TYPES)]);
  const lines = [
    `import type { ${[...names].sort().join(', ')} } from '@govopen/contracts';`,
    `export interface ${ROOT_TYPE} {`,
    ...typed.map((handler) => `  ${JSON.stringify(handler.operationId)}: ${handler.typeText};`),
    ...Object.entries(EXTRA_TYPES).map(([key, type]) => `  ${JSON.stringify(key)}: ${type};`),
    '}',
  ];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-contract-schemas-'));
  try {
    const file = path.join(scratch, 'operation-responses.ts');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const tsconfig = path.join(scratch, 'tsconfig.json');
    fs.writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'commonjs',
          moduleResolution: 'node',
          target: 'es2022',
          skipLibCheck: true,
          lib: ['es2023', 'dom'],
          // The scratch folder is outside the workspace: point the import at the built contracts package.
          paths: { '@govopen/contracts': [path.join(contractsPackageDir, 'dist/index.d.ts')] },
        },
        files: [file],
      }),
    );
    const schema = createGenerator({ path: file, tsconfig, type: ROOT_TYPE, expose: 'export', topRef: true, jsDoc: 'extended', skipTypeCheck: true, additionalProperties: false }).createSchema(ROOT_TYPE);
    const definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
    const root = definitions[ROOT_TYPE] as { properties: Record<string, JsonSchema> };
    const responses = Object.fromEntries(Object.entries(root.properties).map(([key, value]) => [key, rewriteRefs(value) as JsonSchema]));
    const schemas = Object.fromEntries(
      Object.entries(definitions)
        .filter(([key]) => key !== ROOT_TYPE)
        .map(([key, value]) => [componentName(key), rewriteRefs(value) as JsonSchema]),
    );
    return { responses, schemas };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
