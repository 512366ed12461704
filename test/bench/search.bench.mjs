// Search at scale: 50,000 generated published documents in the in-process index (the API's own SearchIndex), then
// word / full-pinyin / initials / typo / synonym queries. Prints index build time, memory, p50/p95 per kind and
// recall@5 on a labelled set of 100+ queries. Target p95 < 20 ms in process, recall@5 ≥ 0.9.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './support.mjs';

const require = createRequire(import.meta.url);
const { SearchIndex } = require(path.join(ROOT, 'apps/api/dist/modules/search/search-index.js'));
const { pinyin } = require(require.resolve('pinyin-pro', { paths: [path.join(ROOT, 'apps/api')] }));

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS || 50_000);
const YEAR_MS = 365.25 * 86_400_000;

// Filler: the words every agency's titles are made of, so targets compete with plenty of near misses.
const BODIES = ['威海市', '市工业和信息化局', '市人民政府办公室', '市财政局', '市发展和改革委员会', '市商务局', '市科学技术局'];
const ACTIONS = ['关于印发', '关于做好', '关于开展', '关于组织申报', '关于公布', '关于进一步加强', '关于调整'];
const TOPICS = [
  '工业经济运行', '安全生产', '节能监察', '企业技术中心', '制造业高质量发展', '软件和信息技术服务业', '中小企业公共服务平台',
  '工业设计中心', '绿色工厂', '智能制造试点', '企业上云', '两化融合', '民营经济', '产业链供应链', '工业投资', '质量品牌',
  '消费品工业', '原材料工业', '装备制造业', '海洋产业', '医药产业', '纺织服装产业', '食品产业', '电子信息产业',
];
const KINDS = ['工作方案', '实施意见', '管理办法', '通知', '行动计划', '实施细则', '专项资金项目', '评价结果', '认定名单', '工作要点'];

// Targets: real-sounding documents residents look for, with what they would type for each.
const TARGETS = [
  { title: '威海市新能源汽车充电基础设施建设运营管理办法', key: '新能源汽车充电', typo: '新能源汽车冲电', synonym: '电动汽车充电' },
  { title: '关于印发《威海市中小企业数字化转型补贴资金管理办法》的通知', key: '数字化转型补贴', typo: '数字化转形补贴', synonym: '数字化转型补助' },
  { title: '威海市工业和信息化局政府信息依申请公开工作规程', key: '依申请公开', typo: '依申请工开', synonym: '申请公开工作规程' },
  { title: '关于开展2025年度专精特新中小企业认定工作的通知', key: '专精特新', typo: '专精特心', synonym: '小巨人认定' },
  { title: '威海市工业互联网创新发展三年行动计划', key: '工业互联网创新', typo: '工业互连网创新', synonym: '工业互联网创新规划' },
  { title: '关于组织申报首台套重大技术装备保险补偿的通知', key: '首台套', typo: '首抬套', synonym: '首台套保险补助' },
  { title: '威海市高新技术企业培育库入库企业名单', key: '高新技术企业培育', typo: '高新技术企业陪育', synonym: '高企培育' },
  { title: '关于做好冬季工业企业天然气保供工作的通知', key: '天然气保供', typo: '天然汽保供', synonym: '天然气保供公告' },
  { title: '威海市制造业技术改造专项资金管理办法', key: '技术改造专项资金', typo: '技术改照专项资金', synonym: '技改专项资金' },
  { title: '威海市促进海洋牧场装备产业发展若干措施', key: '海洋牧场', typo: '海洋木场', synonym: '海洋牧场装备' },
  { title: '关于公布威海市第三批工业旅游示范点的通知', key: '工业旅游示范点', typo: '工业旅有示范点', synonym: '工业旅游示范点公告' },
  { title: '威海市5G基站建设三年攻坚行动方案', key: '5G基站', typo: '5G机站', synonym: '第五代移动通信基站' },
  { title: '威海市工业企业知识产权质押融资奖励办法', key: '知识产权质押', typo: '知识产权质压', synonym: '专利质押融资' },
  { title: '关于开展工业领域碳达峰碳中和宣传周活动的通知', key: '碳达峰', typo: '碳达锋', synonym: '碳达峰宣传' },
  { title: '威海市生物医药产业链招商引资优惠政策', key: '生物医药招商', typo: '生物医要招商', synonym: '生物医药招商引资' },
  { title: '威海市老旧小区电梯加装财政补助实施细则', key: '电梯加装', typo: '电梯加妆', synonym: '电梯加装补贴' },
  { title: '威海市外贸企业出口信用保险保费扶持办法', key: '出口信用保险', typo: '出口信用保显', synonym: '出口信用保险扶持' },
  { title: '关于征集工业设计大赛参赛作品的公告', key: '工业设计大赛', typo: '工业设记大赛', synonym: '工业设计大赛通知' },
  { title: '威海市船舶修造行业安全生产专项整治方案', key: '船舶修造', typo: '船泊修造', synonym: '船舶修造生产安全' },
  { title: '威海市数字经济核心产业统计监测制度', key: '数字经济核心产业', typo: '数字经济核心产叶', synonym: '数字经济核心产业监测' },
  { title: '关于印发威海市人工智能产业发展行动方案的通知', key: '人工智能产业', typo: '人工智能产叶', synonym: '人工智能产业规划' },
];

function pick(list, n) {
  return list[n % list.length];
}

function generate(count) {
  const now = Date.now();
  const documents = [];
  for (let i = 0; i < count; i++) {
    const year = 2015 + (i % 11);
    const title = `${pick(BODIES, i * 7)}${pick(ACTIONS, i * 3)}${year}年${pick(TOPICS, i * 13)}${pick(KINDS, i * 5)}`;
    const text = `为推动${pick(TOPICS, i * 17)}和${pick(TOPICS, i * 19)}，根据有关规定，结合本市实际，制定本${pick(KINDS, i)}。各区市、各有关单位要认真贯彻落实，加强${pick(TOPICS, i * 23)}工作。`;
    documents.push({
      type: i % 4 === 0 ? 'interpretation' : 'policy',
      id: i + 1,
      title,
      text,
      issuingBody: pick(BODIES, i * 7),
      year,
      validity: i % 9 === 0 ? 'repealed' : i % 7 === 0 ? 'expired' : 'valid',
      form: i % 4 === 0 ? pick(['text', 'graphic', 'video', 'audio', 'animation', 'expert'], i) : null,
      catalogNodeId: (i % 50) + 1,
      publishedAt: now - ((i % 3650) / 365) * YEAR_MS,
    });
  }
  return documents;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const initials = (text) => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
const full = (text) => pinyin(text, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();

const documents = generate(DOCUMENTS);
const targets = TARGETS.map((target, i) => ({ ...target, id: DOCUMENTS + 1 + i }));
for (const target of targets) {
  documents.push({ type: 'policy', id: target.id, title: target.title, text: `${target.title}。本办法自发布之日起施行。`, issuingBody: '威海市工业和信息化局', year: 2024, validity: 'valid', form: null, catalogNodeId: 1, publishedAt: Date.now() - YEAR_MS });
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const index = new SearchIndex();
for (const document of documents) index.upsert(document);
const buildMs = performance.now() - started;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
console.log(`documents: ${index.size}`);
console.log(`index build: ${(buildMs / 1000).toFixed(1)} s (${((buildMs * 1000) / documents.length).toFixed(0)} µs/document)`);
console.log(`index memory (heap growth): ${heapMb.toFixed(0)} MB`);

const queries = [];
for (const target of targets) {
  queries.push({ kind: 'word', q: target.key, id: target.id });
  queries.push({ kind: 'pinyin', q: full(target.key), id: target.id });
  queries.push({ kind: 'initials', q: initials(target.key), id: target.id });
  queries.push({ kind: 'typo', q: target.typo, id: target.id });
  queries.push({ kind: 'synonym', q: target.synonym, id: target.id });
}
console.log(`labelled queries: ${queries.length}`);

const ROUNDS = 5;
const byKind = new Map();
const misses = [];
for (const query of queries) {
  let hit = false;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    const result = index.search(query.q, {}, 1, 5);
    const elapsed = performance.now() - t0;
    const entry = byKind.get(query.kind) ?? { times: [], hits: 0, total: 0 };
    entry.times.push(elapsed);
    if (round === 0) {
      hit = result.items.some((item) => item.type === 'policy' && item.id === query.id);
      entry.hits += hit ? 1 : 0;
      entry.total += 1;
      if (!hit) misses.push(`${query.kind} "${query.q}" → ${result.items.map((item) => item.title).slice(0, 2).join(' | ') || '（无结果）'}`);
    }
    byKind.set(query.kind, entry);
  }
}

const suggestTimes = [];
for (const query of queries.filter((item) => item.kind !== 'synonym')) {
  const prefix = [...query.q].slice(0, Math.max(2, Math.ceil([...query.q].length / 2))).join('');
  const t0 = performance.now();
  index.suggest(prefix, 8);
  suggestTimes.push(performance.now() - t0);
}

let hits = 0;
let all = [];
console.log('\nkind       p50 ms   p95 ms   p99 ms   recall@5');
for (const [kind, entry] of byKind) {
  const sorted = [...entry.times].sort((a, b) => a - b);
  all = all.concat(entry.times);
  hits += entry.hits;
  console.log(`${kind.padEnd(9)} ${percentile(sorted, 50).toFixed(2).padStart(7)} ${percentile(sorted, 95).toFixed(2).padStart(8)} ${percentile(sorted, 99).toFixed(2).padStart(8)}   ${(entry.hits / entry.total).toFixed(2)}`);
}
const sortedAll = all.sort((a, b) => a - b);
const sortedSuggest = suggestTimes.sort((a, b) => a - b);
console.log(`${'all'.padEnd(9)} ${percentile(sortedAll, 50).toFixed(2).padStart(7)} ${percentile(sortedAll, 95).toFixed(2).padStart(8)} ${percentile(sortedAll, 99).toFixed(2).padStart(8)}   ${(hits / queries.length).toFixed(2)}`);
console.log(`${'suggest'.padEnd(9)} ${percentile(sortedSuggest, 50).toFixed(2).padStart(7)} ${percentile(sortedSuggest, 95).toFixed(2).padStart(8)} ${percentile(sortedSuggest, 99).toFixed(2).padStart(8)}`);
if (misses.length) console.log(`\nmissed at top 5:\n  ${misses.join('\n  ')}`);
