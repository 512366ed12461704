import fs from 'node:fs';
import path from 'node:path';
import { CatalogNodeView, StaffCatalogNodeView } from '@govopen/contracts';
import { ROOT, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

function flatten<T extends { children: T[] }>(nodes: T[]): T[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

describe('主动公开基本目录', () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW: '2026-11-23T02:00:00Z' });
  });
  afterAll(() => server.stop());

  it('the seed file in the repository is the mission\'s catalog, unchanged', () => {
    const shared = path.resolve(ROOT, '../shared/seeds/000_242d63d24c880e01.txt');
    if (!fs.existsSync(shared)) return; // a clone without shared/ beside it has only the copy
    expect(fs.readFileSync(path.join(ROOT, 'apps/api/src/database/seed/data/catalog-2024.tsv'), 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });

  it('serves the imported tree publicly: all 56 nodes, four levels, with rules and owners', async () => {
    const tree = (await server.request('GET', '/api/catalog')).body as CatalogNodeView[];
    expect(tree.map((node) => node.name)).toEqual(['机构职能', '法规文件', '政府会议', '规划计划', '财政预决算', '行政权力', '重点领域']);
    const all = flatten(tree);
    expect(all).toHaveLength(56);
    expect(Math.max(...all.map((node) => node.depth))).toBe(4);
    const meeting = all.find((node) => node.name === '部门办公会议')!;
    expect(meeting).toMatchObject({ owners: '办公室', updateRule: '会议召开后3个工作日内', updateRuleReading: '会议召开后 3 个工作日内' });
    const interpretations = all.find((node) => node.name === '政策解读')!;
    expect(interpretations.children.map((node) => node.name)).toContain('动漫解读');
  });

  it('links owner units by name and shows staff what is late', async () => {
    const head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    const units = await server.api(head).admin.units.list();
    const tree = (await server.request('GET', '/api/admin/catalog', { token: head })).body as StaffCatalogNodeView[];
    const all = flatten(tree);
    const plan = all.find((node) => node.name === '专项规划')!;
    expect(plan.unitIds).toEqual([units.find((unit) => unit.name === '规划与技术改造科')!.id]);
    // 按年更新 never updated: due by the end of this year; five days before is "due soon" only in late December.
    expect(all.find((node) => node.name === '年度计划')).toMatchObject({ timeliness: 'on_time', dueDate: '2026-12-31' });
    expect((await server.request('GET', '/api/admin/catalog')).status).toBe(401);
  });
});
