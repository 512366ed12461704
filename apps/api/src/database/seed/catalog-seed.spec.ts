import fs from 'node:fs';
import { parseCatalog, parseUpdateRule, splitOwners } from '@govopen/domain';
import { CATALOG_SEED_FILE } from './catalog-seed';

/** The agency's real 2024 catalog, as the seed imports it. */
const SEED = fs.readFileSync(CATALOG_SEED_FILE, 'utf8');

describe('the seed catalog (shared/seeds/000_…)', () => {
  const catalog = parseCatalog(SEED);
  const byPath = (...names: string[]) => catalog.entries.find((entry) => entry.path.join('/') === names.join('/'));

  it('reads the title and the seven first-level categories in order, with their numerals', () => {
    expect(catalog.title).toBe('威海市工业和信息化局主动公开基本目录（2024年版）');
    expect(catalog.entries.filter((entry) => entry.path.length === 1).map((entry) => `${entry.numeral} ${entry.path[0]}`)).toEqual([
      '一 机构职能',
      '二 法规文件',
      '三 政府会议',
      '四 规划计划',
      '五 财政预决算',
      '六 行政权力',
      '七 重点领域',
    ]);
  });

  it('imports every row of the file as a node (a repeated category is the same node), up to four levels', () => {
    const rows = SEED.split('\n').filter((line) => line.includes('\t') && !line.startsWith('公开事项') && !line.includes('一级类目'));
    const names = new Set(catalog.entries.map((entry) => entry.path.at(-1)));
    for (const row of rows) {
      const deepest = row.split('\t').slice(0, 4).map((cell) => cell.trim().replace(/^[一二三四五六七]\s+/, '').replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')).filter(Boolean).at(-1)!;
      expect(names).toContain(deepest);
    }
    // Counted by hand from the file: 7 categories; 3+4+1+3+2+14+4 second-level; 2+9+1+1+1+2 third-level; 2 fourth-level.
    expect(catalog.entries).toHaveLength(56);
    expect([1, 2, 3, 4].map((depth) => catalog.entries.filter((entry) => entry.path.length === depth).length)).toEqual([7, 31, 16, 2]);
    expect(byPath('财政预决算', '财政预决算', '市直部门预决算市直单位预决算', '市直部门决算')).toBeDefined();
    expect(catalog.entries.filter((entry) => entry.path.join('/') === '法规文件/政策解读')).toHaveLength(1);
    expect(byPath('政府会议', '部门办公会议')).toMatchObject({ owners: '办公室', updateRule: '会议召开后3个工作日内' });
  });

  it('reads merged cells: a blank under a filled cell in the same block repeats it', () => {
    expect(byPath('行政权力', '行政处罚')).toMatchObject({ owners: '综合科、各科室', channel: '精准链接至政务服务网', updateRule: '自检查结果作出之日起20个工作日内，向社会公布。' });
    expect(byPath('行政权力', '权责清单')).toMatchObject({ owners: null });
    expect(splitOwners(byPath('法规文件', '政策解读', '新闻发布会')!.owners)).toEqual(['办公室', '综合科', '各科室']);
  });
});

describe('the seed catalog\'s update rules', () => {
  it('every rule in the file parses to something checkable', () => {
    for (const entry of parseCatalog(SEED).entries) {
      const rule = parseUpdateRule(entry.updateRule);
      expect(rule.kind === 'periodic' || rule.days > 0).toBe(true);
    }
  });
});
