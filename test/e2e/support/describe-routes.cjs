// Prints, as JSON on stdout, every route of the built API (apps/api/dist) with what its pipes validate: path
// parameters, the query DTO or named query keys, and the body DTO as class-validator and class-transformer see it.
// It runs in its own node process so the test process never loads Nest, TypeORM or the native SQLite module.
const fs = require('node:fs');
const path = require('node:path');

const API = path.resolve(__dirname, '../../../apps/api');
const DIST = path.join(API, 'dist');
const load = (id) => require(require.resolve(id, { paths: [API] }));

load('reflect-metadata');
const { getMetadataStorage } = load('class-validator');
const { defaultMetadataStorage } = load('class-transformer/cjs/storage');
const { RouteParamtypes } = load('@nestjs/common/enums/route-paramtypes.enum');

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
const validation = getMetadataStorage();

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.controller.js') ? [full] : [];
  });
}

function plain(value) {
  if (value instanceof RegExp) return { regexp: value.source, flags: value.flags };
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

/** One DTO class as { properties: { name: { rules, optional, conditional, transformTo, nested } } }. */
function describeDto(target, seen = new Set()) {
  if (!target || target === Object || seen.has(target)) return null;
  seen.add(target);
  const properties = {};
  for (const meta of validation.getTargetValidationMetadatas(target, '', true, false)) {
    const property = (properties[meta.propertyName] ??= { rules: [], optional: false, conditional: false });
    if (meta.type === 'conditionalValidation') {
      if (meta.name === 'isOptional') property.optional = true;
      else property.conditional = true;
      continue;
    }
    if (meta.type === 'nestedValidation') {
      property.nestedValidation = true;
      continue;
    }
    const name = meta.constraintCls ? (validation.getTargetValidatorConstraints(meta.constraintCls)[0]?.name ?? meta.name) : meta.name;
    property.rules.push({ name: name ?? meta.type, constraints: plain(meta.constraints ?? []), each: Boolean(meta.each) });
  }
  for (const [name, property] of Object.entries(properties)) {
    const type = defaultMetadataStorage.findTypeMetadata(target, name);
    const to = type?.typeFunction?.();
    if (to === Number || to === Boolean || to === String) property.transformTo = to.name;
    else if (to && property.nestedValidation) property.nested = describeDto(to, new Set(seen));
  }
  return { name: target.name, properties };
}

function routeArguments(controller, method) {
  const args = Reflect.getMetadata('__routeArguments__', controller, method) ?? {};
  const types = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
  return Object.entries(args).map(([key, arg]) => ({ kind: Number(key.split(':')[0]), data: arg.data, type: types[arg.index], pipes: (arg.pipes ?? []).map((pipe) => pipe?.constructor?.name ?? pipe?.name) }));
}

const routes = [];
for (const file of files(path.join(DIST, 'modules'))) {
  for (const controller of Object.values(require(file))) {
    if (typeof controller !== 'function' || !Reflect.getMetadata('__controller__', controller)) continue;
    const base = [].concat(Reflect.getMetadata('path', controller) ?? '')[0];
    const classGuards = (Reflect.getMetadata('__guards__', controller) ?? []).map((guard) => guard.name);
    const classRoles = Reflect.getMetadata('govopen:roles', controller) ?? [];
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[method];
      const verb = Reflect.getMetadata('method', handler);
      if (method === 'constructor' || verb === undefined) continue;
      const sub = [].concat(Reflect.getMetadata('path', handler) ?? '')[0];
      const routePath = `/api/${base}/${sub}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1').replace(/:(\w+)/g, '{$1}');
      const args = routeArguments(controller, method);
      const body = args.find((arg) => arg.kind === RouteParamtypes.BODY && arg.data === undefined);
      const query = args.find((arg) => arg.kind === RouteParamtypes.QUERY && arg.data === undefined);
      routes.push({
        method: METHODS[verb],
        path: routePath,
        controller: controller.name,
        handler: method,
        guards: [...classGuards, ...(Reflect.getMetadata('__guards__', handler) ?? []).map((guard) => guard.name)],
        roles: Reflect.getMetadata('govopen:roles', handler) ?? classRoles,
        params: args.filter((arg) => arg.kind === RouteParamtypes.PARAM).map((arg) => ({ name: arg.data, pipes: arg.pipes })),
        queryKeys: args.filter((arg) => arg.kind === RouteParamtypes.QUERY && arg.data !== undefined).map((arg) => arg.data),
        query: query ? describeDto(query.type) : null,
        body: body ? (describeDto(body.type) ?? { name: body.type?.name ?? 'Object', properties: {} }) : null,
        multipart: args.some((arg) => arg.kind === RouteParamtypes.REQUEST) && routePath.endsWith('/media'),
      });
    }
  }
}
process.stdout.write(JSON.stringify(routes));
