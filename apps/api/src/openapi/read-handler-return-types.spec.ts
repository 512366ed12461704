import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HandlerReturnTypeError, readHandlerReturnTypes } from './read-handler-return-types';

function sourceTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-handlers-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const controller = (method: string, imports = 'Page, PolicySummary, PolicyView') => `
import { Controller, Get } from '@nestjs/common';
import { ${imports} } from '@govopen/contracts';
import { Internal } from './internal';

@Controller('policies')
export class PolicyController {
  ${method}
}
`;

describe('readHandlerReturnTypes', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const read = (files: Record<string, string>) => {
    const dir = sourceTree(files);
    dirs.push(dir);
    return () => readHandlerReturnTypes(dir);
  };

  it('answers the contracts type a handler promises, Promise unwrapped, by operationId', () => {
    const handlers = read({ 'modules/policy/policy.controller.ts': controller("@Get() list(): Promise<Page<PolicySummary>> { return null!; }") })();
    expect(handlers).toEqual([{ operationId: 'PolicyController_list', typeText: 'Page<PolicySummary>', contractNames: ['Page', 'PolicySummary'] }]);
  });

  it('marks a handler that writes its own reply (a file) as having no JSON body', () => {
    const handlers = read({ 'modules/policy/policy.controller.ts': controller("@Get(':id/file') file(): Promise<Buffer> { return null!; }") })();
    expect(handlers).toEqual([{ operationId: 'PolicyController_file', typeText: null, contractNames: [] }]);
  });

  it('refuses a type that is not a contracts export', () => {
    const handlers = read({ 'modules/policy/policy.controller.ts': controller("@Get() list(): Promise<Internal> { return null!; }") });
    expect(handlers).toThrow(HandlerReturnTypeError);
    expect(handlers).toThrow(/PolicyController_list: returns Internal/);
  });

  it('refuses an inline object type', () => {
    expect(read({ 'modules/policy/policy.controller.ts': controller("@Get() count(): Promise<{ total: number }> { return null!; }") })).toThrow(/inline object type/);
  });

  it('refuses a handler without a declared return type', () => {
    expect(read({ 'modules/policy/policy.controller.ts': controller('@Get() list() { return null; }') })).toThrow(/no declared return type/);
  });

  it('skips methods that are not routes', () => {
    expect(read({ 'modules/policy/policy.controller.ts': controller('private helper(): Internal { return null!; }') })()).toEqual([]);
  });
});
