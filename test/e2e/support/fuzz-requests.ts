import fc from 'fast-check';
import { MEDIA_RULES } from '@govopen/contracts';
import { pdf, png } from './files';
import { DtoShape, PropertyShape, RouteShape, RuleShape } from './route-shapes';

/** Who sends a request: nobody, one of two residents, a demo staff account, or someone with a forged token. */
export type Identity = 'none' | 'forged' | 'resident' | 'other-resident' | 'admin' | 'head' | 'handler' | 'reviewer' | 'publisher';

export interface FuzzRequest {
  method: string;
  /** Path and query string, already encoded (some of it deliberately badly). */
  url: string;
  identity: Identity;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

interface SentBody {
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
}

const STAFF_ROLES: Record<string, Identity[]> = {
  system_admin: ['admin'],
  office_head: ['head'],
  handler: ['handler'],
  reviewer: ['reviewer'],
  publisher: ['publisher'],
};

/** Strings that have broken parsers, ORMs and templates somewhere; none contains the markers the suite looks for in answers. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\ud800',
  '😀',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e20',
  '1.5',
  '0x10',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "' OR '1'='1",
  '"; DROP TABLE x; --',
  '../../etc/passwd',
  '..\\..\\windows',
  '%00',
  '%2e%2e%2f',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'a'.repeat(10_000),
  '中'.repeat(5_001),
  '😀'.repeat(2_000),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '1900-01-01',
  '2026-11-23T25:61:00Z',
  ' 2026-11-23',
  '2026-11-23\n',
  '１２３',
  '٣',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e20,
  -1e20,
  1e308,
  true,
  false,
  [],
  {},
  [null],
  [[[]]],
  { a: 1 },
  Array.from({ length: 2_000 }, (_, index) => index),
  nest(60),
  ...HOSTILE_STRINGS,
];

const CHINESE = [
  '张三',
  '威海市工业和信息化局',
  '关于公开2024年技术改造专项资金分配结果的申请',
  '第一条 为规范管理，制定本办法。',
  '请问中小企业数字化转型补贴如何申请？',
  '办公室',
  '综合科',
  '<p>对符合条件的企业给予<strong>补贴</strong>。</p>',
];

function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

const hostileValue = fc.constantFrom(...HOSTILE_VALUES);

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes Node would write for it. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
}

function ruleOf(rules: RuleShape[], name: string): RuleShape | undefined {
  return rules.find((rule) => rule.name === name);
}

function numberConstraint(rules: RuleShape[], name: string): number | undefined {
  const value = ruleOf(rules, name)?.constraints[0];
  return typeof value === 'number' ? value : undefined;
}

function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const cap = Math.max(minLength, Math.min(maxLength, 300));
  const boundaries = [maxLength <= 20_000 ? '中'.repeat(maxLength) : null, maxLength <= 20_000 ? 'a'.repeat(maxLength + 1) : null].filter((item): item is string => item !== null);
  const samples = CHINESE.filter((item) => item.length >= minLength && item.length <= maxLength);
  return fc.oneof(
    { weight: 4, arbitrary: samples.length ? fc.constantFrom(...samples) : fc.string({ minLength, maxLength: cap }) },
    { weight: 3, arbitrary: fc.string({ minLength, maxLength: cap, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength: cap, unit: 'binary' }) },
    { weight: 1, arbitrary: boundaries.length ? fc.constantFrom(...boundaries) : fc.constant('') },
  );
}

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

/** A value that passes the property's checks most of the time: the way in past validation, to the code behind it. */
function elementArbitrary(name: string, rules: RuleShape[], property: PropertyShape): fc.Arbitrary<unknown> {
  const equals = ruleOf(rules, 'equals');
  if (equals) return fc.constant(equals.constraints[0]);
  const isIn = ruleOf(rules, 'isIn');
  if (isIn && Array.isArray(isIn.constraints[0]) && isIn.constraints[0].length) return fc.constantFrom(...(isIn.constraints[0] as unknown[]));
  const isEnum = ruleOf(rules, 'isEnum');
  if (isEnum && isEnum.constraints[0] && typeof isEnum.constraints[0] === 'object') return fc.constantFrom(...Object.values(isEnum.constraints[0] as object));
  if (ruleOf(rules, 'isBoolean') || property.transformTo === 'Boolean') return fc.boolean();
  if (ruleOf(rules, 'isInt') || ruleOf(rules, 'isNumber') || ruleOf(rules, 'min') || ruleOf(rules, 'max') || property.transformTo === 'Number') {
    const min = numberConstraint(rules, 'min') ?? -5;
    const max = numberConstraint(rules, 'max') ?? 60;
    return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max: Math.max(min, max) }) }, { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1) });
  }
  const matches = ruleOf(rules, 'matches');
  const pattern = matches?.constraints[0] as { regexp?: string; flags?: string } | undefined;
  if (pattern?.regexp) {
    try {
      return fc.stringMatching(new RegExp(pattern.regexp, (pattern.flags ?? '').replace(/[gy]/g, '')));
    } catch {
      // fast-check reads a subset of regular expressions; others fall through to plain text
    }
  }
  if (ruleOf(rules, 'isIdNumber')) return fc.constantFrom('11010519491231002X', '110105194912310021', '11010519491231002x');
  if (ruleOf(rules, 'isEmail') || /email/i.test(name)) return fc.oneof(fc.emailAddress(), fc.constantFrom('zhangsan@example.cn'));
  if (/month/i.test(name)) return fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);
  if (ruleOf(rules, 'isLocalDate')) {
    // Mostly real days; sometimes the pattern without the calendar ("2026-02-30", "8285-21-97").
    return fc.oneof({ weight: 4, arbitrary: isoDate.map((date) => date.toISOString().slice(0, 10)) }, { weight: 1, arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  }
  if (/date$|^from$|^to$|At$/i.test(name)) {
    return fc.oneof(isoDate.map((date) => date.toISOString().slice(0, 10)), isoDate.map((date) => date.toISOString()));
  }
  if (/phone/i.test(name)) return fc.constantFrom('13812345678', '0631-5287001', '+86 138 1234 5678');
  if (/idempotencyKey/i.test(name)) return fc.uuid();
  if (/^(id|.*Id)$/.test(name)) return fc.integer({ min: 1, max: 8 });
  const minLength = numberConstraint(rules, 'minLength') ?? (ruleOf(rules, 'isNotEmpty') || ruleOf(rules, 'notBlank') ? 1 : 0);
  const maxLength = numberConstraint(rules, 'maxLength') ?? 200;
  if (ruleOf(rules, 'isString') || ruleOf(rules, 'maxLength') || ruleOf(rules, 'minLength')) return text(minLength, maxLength);
  return fc.oneof(text(0, 60), fc.integer(), fc.boolean());
}

const ARRAY_RULES = new Set(['isArray', 'arrayMaxSize', 'arrayMinSize', 'arrayNotEmpty', 'arrayUnique']);

function validArbitrary(name: string, property: PropertyShape, depth: number): fc.Arbitrary<unknown> {
  const isArray = Boolean(ruleOf(property.rules, 'isArray')) || property.rules.some((rule) => rule.each);
  const elementRules = property.rules.filter((rule) => !ARRAY_RULES.has(rule.name));
  const element = property.nested && depth < 4 ? objectArbitrary(property.nested, depth + 1) : elementArbitrary(name, elementRules, property);
  if (!isArray) return element;
  const minLength = numberConstraint(property.rules, 'arrayMinSize') ?? 0;
  const maxLength = Math.max(minLength, Math.min(numberConstraint(property.rules, 'arrayMaxSize') ?? 5, 6));
  return fc.array(element, { minLength, maxLength });
}

const ABSENT = Symbol('absent');

/** Present `present` times in `present + absent`. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | typeof ABSENT> {
  return fc.oneof({ weight: present, arbitrary }, { weight: absent, arbitrary: fc.constant(ABSENT) });
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'agencyId', 'ownerId', 'status', 'roles', 'createdAt', 'isAdmin', 'toString'];

/** What a mutation does to one key of an otherwise well-formed object. */
type Mutation = { key: string; value: unknown } | { key: string; drop: true };

function mutationArbitrary(keys: string[]): fc.Arbitrary<Mutation> {
  const known = keys.length ? fc.constantFrom(...keys) : fc.constant('a');
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(known, hostileValue).map(([key, value]): Mutation => ({ key, value })) },
    { weight: 2, arbitrary: known.map((key): Mutation => ({ key, drop: true })) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 12 })), hostileValue).map(([key, value]): Mutation => ({ key, value })) },
  );
}

/**
 * An object that passes the DTO's checks as far as they can be read from its decorators, then zero to three keys
 * broken (a hostile value, left out, or an unknown key): deep enough to reach the services, odd enough to probe them.
 */
function objectArbitrary(dto: DtoShape, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(dto.properties);
  const entries = names.map((name) => {
    const property = dto.properties[name];
    const value = validArbitrary(name, property, depth).map((item): [string, unknown] => [name, item]);
    return property.optional || property.conditional ? sometimes(value, 1, 1) : value;
  });
  const mutations = fc.oneof({ weight: 2, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 3, arbitrary: fc.array(mutationArbitrary(names), { minLength: 1, maxLength: 3 }) });
  return fc.tuple(fc.tuple(...entries), depth === 0 ? mutations : fc.constant<Mutation[]>([])).map(([list, changes]) => {
    // Object.fromEntries defines "__proto__" as an own key, so JSON.stringify sends it as an attacker would.
    const object = Object.fromEntries(list.filter((entry): entry is [string, unknown] => entry !== ABSENT));
    for (const change of changes) {
      if ('drop' in change) delete object[change.key];
      else Object.defineProperty(object, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
    }
    return object;
  });
}

/** Bodies no client of ours would send: broken, deep, poisoned, of the wrong type, with the wrong content type. */
const hostileBody = fc.oneof(
  fc.constantFrom<{ contentType?: string; body: string }>(
    { contentType: 'application/json', body: 'null' },
    { contentType: 'application/json', body: '[]' },
    { contentType: 'application/json', body: '"text"' },
    { contentType: 'application/json', body: '12' },
    { contentType: 'application/json', body: '{' },
    { contentType: 'application/json', body: '{"a":' },
    { contentType: 'application/json', body: '' },
    { contentType: 'application/json', body: '\u0000' },
    { contentType: 'application/json', body: '{"__proto__":{"polluted":1}}' },
    { contentType: 'application/json', body: '{"constructor":{"prototype":{"polluted":1}}}' },
    { contentType: 'application/json', body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
    { contentType: 'application/json', body: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
    { contentType: 'application/json', body: `{"a":${'['.repeat(500)}${']'.repeat(500)}}` },
    { contentType: 'application/json; charset=latin1', body: '{}' },
    { contentType: 'text/plain', body: 'hello' },
    { contentType: 'application/x-www-form-urlencoded', body: 'a=1&a=2' },
    { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nbroken' },
    { body: '{}' },
  ),
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ contentType: 'application/json', body })),
);

function jsonBody(dto: DtoShape | null): fc.Arbitrary<SentBody> {
  if (!dto || !Object.keys(dto.properties).length) {
    return fc.oneof({ weight: 6, arbitrary: fc.constant<SentBody>({}) }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 4 }).map((value) => ({ contentType: 'application/json', body: JSON.stringify(value) })) }, { weight: 1, arbitrary: hostileBody });
  }
  return fc.oneof(
    { weight: 12, arbitrary: objectArbitrary(dto).map((value) => ({ contentType: 'application/json', body: JSON.stringify(value) })) },
    { weight: 1, arbitrary: hostileBody },
  );
}

/** A ZIP whose one entry claims [Content_Types].xml but whose deflate stream is noise: an Office file gone bad. */
export function brokenOfficeFile(): Buffer {
  const name = Buffer.from('[Content_Types].xml');
  const data = Buffer.from('\xff\xfe\xfd\xfc not a deflate stream', 'latin1');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(100, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

const FILES = fc.oneof(
  fc.constantFrom(png(), pdf(), brokenOfficeFile(), Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\n字幕\n'), Buffer.alloc(0), Buffer.from('PK\u0003\u0004', 'latin1')),
  fc.uint8Array({ maxLength: 2_048 }).map((bytes) => Buffer.from(bytes)),
);

const FILE_NAMES = fc.oneof(fc.constantFrom('scan.png', 'report.docx', 'data.xlsx', '../../etc/passwd', 'a\u0000.png', 'x".png', '中文名.pdf', 'a'.repeat(300), ''), fc.string({ maxLength: 40 }));

function multipartBody(): fc.Arbitrary<SentBody> {
  const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';
  const part = fc.tuple(FILE_NAMES, FILES, fc.constantFrom('file', 'files', 'upload')).map(([name, content, field]) => ({
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: new Uint8Array(Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])),
  }));
  return fc.oneof({ weight: 8, arbitrary: part }, { weight: 1, arbitrary: hostileBody });
}

/** What the query DTO accepts, as the strings a URL carries (a list becomes a repeated key). */
function validQueryValue(name: string, property: PropertyShape | undefined): fc.Arbitrary<string[]> {
  const valid: fc.Arbitrary<unknown> = property ? validArbitrary(name, property, 0) : name === 'purpose' ? fc.constantFrom(...Object.keys(MEDIA_RULES)) : text(0, 40);
  return valid.map((value) => [value].flat().map(String));
}

/** A hostile value for a query key: a string from the list, a repeated key, a number too large to page with. */
const hostileQueryValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS).map((value) => [value]),
  fc.array(fc.constantFrom('a', '1', '1e20', ''), { minLength: 2, maxLength: 3 }),
);

/** Raw text appended to a query string as it stands, encoding mistakes included. */
const RAW_QUERY_FRAGMENTS = ['page=1e20', 'pageSize=1e20', 'page=1&page=2', '__proto__=x', 'constructor=x', '=x', '&&', '%', '%ZZ', 'a=%E0%A4%A', 'q', 'q=', 'x[y]=1'];

function queryArbitrary(route: RouteShape): fc.Arbitrary<string> {
  const keys: [string, PropertyShape | undefined][] = [...route.queryKeys.map((key): [string, undefined] => [key, undefined]), ...Object.entries(route.query?.properties ?? {})];
  const entries = keys.map(([key, property]) =>
    sometimes(validQueryValue(key, property).map((value): [string, string[]] => [key, value]), property?.optional ? 1 : 4, 1),
  );
  const names = keys.map(([key]) => key);
  const mutation = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(names.length ? fc.constantFrom(...names) : fc.constantFrom('page', 'q'), hostileQueryValue) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 8 })), hostileQueryValue) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERY_FRAGMENTS) },
  );
  const mutations = fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) });
  return fc.tuple(fc.tuple(...entries), mutations).map(([list, changes]) => {
    const pairs = new Map(list.filter((entry): entry is [string, string[]] => entry !== ABSENT));
    const raw: string[] = [];
    for (const change of changes) {
      if (typeof change === 'string') raw.push(change);
      else pairs.set(change[0], change[1]);
    }
    const parts = [...pairs].flatMap(([key, values]) => values.map((value) => `${encode(key)}=${encode(value)}`));
    parts.push(...raw);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

const ODD_SEGMENTS = ['0', '-1', '2147483648', '9007199254740993', '1e20', 'abc', '1.5', '%00', '%2e%2e', '..', '%E0%A4%A', '%D9%A3', '%20%31', 'null', '__proto__', 'a'.repeat(99)];

function segmentArbitrary(name: string, pipes: string[]): fc.Arbitrary<string> {
  const odd = fc.oneof(fc.constantFrom(...ODD_SEGMENTS), fc.string({ minLength: 1, maxLength: 20 }).map(encode));
  let usual: fc.Arbitrary<string>;
  if (name === 'year') usual = fc.integer({ min: 1990, max: 2035 }).map(String);
  else if (name === 'date') usual = fc.oneof(isoDate.map((date) => date.toISOString().slice(0, 10)), fc.constantFrom('2026-10-01', '2026-02-30', '2026-13-01'));
  else if (name === 'kind') usual = fc.constantFrom('reply', 'supplement', 'extension', 'consultation', 'fee', 'reasons', 'later_deadline');
  else if (name === 'key') usual = fc.constantFrom('reply.disclosed', 'supplement', 'extension', 'fee', 'consultation', 'reply', 'reply.partial');
  else if (pipes.includes('ParseIntPipe')) usual = fc.integer({ min: 1, max: 8 }).map(String);
  else usual = fc.string({ minLength: 1, maxLength: 20 }).map(encode);
  return fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });
}

function pathArbitrary(route: RouteShape): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const segments = names.map((name) => segmentArbitrary(name, route.params.find((param) => param.name === name)?.pipes ?? []));
  return fc.tuple(...segments).map((values) => names.reduce((url, name, index) => url.replace(`{${name}}`, values[index]), route.path));
}

function identityArbitrary(route: RouteShape): fc.Arbitrary<Identity> {
  // The office head sees every unit's work, so routes whose service decides who may act mostly get the head.
  const staff: Identity[] = route.roles.length ? route.roles.flatMap((role) => STAFF_ROLES[role] ?? []) : ['head', 'head', 'head', 'admin', 'handler', 'reviewer', 'publisher'];
  if (route.guards.includes('StaffAuthGuard')) {
    return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...staff) }, { weight: 2, arbitrary: fc.constantFrom<Identity>('admin', 'head', 'handler', 'reviewer', 'publisher') }, { weight: 1, arbitrary: fc.constantFrom<Identity>('none', 'forged', 'resident') });
  }
  if (route.guards.includes('ResidentAuthGuard')) {
    return fc.oneof({ weight: 12, arbitrary: fc.constantFrom<Identity>('resident', 'other-resident') }, { weight: 1, arbitrary: fc.constantFrom<Identity>('none', 'forged', 'head') });
  }
  return fc.oneof({ weight: 6, arbitrary: fc.constant<Identity>('none') }, { weight: 1, arbitrary: fc.constantFrom<Identity>('resident', 'head', 'forged') });
}

/** Requests for one route: its identity, path, query and body, derived from what the route's DTOs declare. */
export function requestArbitrary(route: RouteShape): fc.Arbitrary<FuzzRequest> {
  const body: fc.Arbitrary<SentBody> = route.multipart ? multipartBody() : route.method === 'GET' || route.method === 'DELETE' ? fc.constant({}) : jsonBody(route.body);
  return fc.record({ identity: identityArbitrary(route), path: pathArbitrary(route), query: queryArbitrary(route), body }).map(({ identity, path, query, body: sent }): FuzzRequest => ({
    method: route.method,
    url: `${path}${query}`,
    identity,
    headers: sent.contentType ? { 'content-type': sent.contentType } : ({} as Record<string, string>),
    body: sent.body,
  }));
}
