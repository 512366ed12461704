import { SearchDocument, SearchIndex } from './search-index';

const YEAR = 365 * 86_400_000;
const now = Date.now();

function document(id: number, title: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { type: 'policy', id, title, text: '', issuingBody: '威海市工业和信息化局', year: 2024, validity: 'valid', form: null, catalogNodeId: null, publishedAt: now - YEAR / 2, ...extra };
}

function build(): SearchIndex {
  const index = new SearchIndex();
  index.upsert(document(1, '威海市工业和信息化局政府信息依申请公开工作规程'));
  index.upsert(document(2, '关于印发《中小企业数字化转型补贴资金管理办法》的通知', { text: '对开展数字化转型的中小企业给予补贴。' }));
  index.upsert(document(3, '威海市新能源汽车推广应用实施方案'));
  index.upsert(document(4, '关于做好2024年度安全生产工作的通知', { text: '各区市工业和信息化主管部门要压实安全生产责任。' }));
  index.upsert(document(5, '工业互联网创新发展行动计划解读', { type: 'interpretation', form: 'video' }));
  index.upsert(document(6, '关于印发《中小企业数字化转型补贴资金管理办法》的通知（2019年版）', { validity: 'repealed', publishedAt: now - 5 * YEAR, year: 2019 }));
  index.upsert(document(7, '2024年度专精特新中小企业认定结果公示', { text: '名单附后。' }));
  return index;
}

describe('SearchIndex', () => {
  const index = build();
  const ids = (query: string, filters = {}) => index.search(query, filters).items.map((item) => item.id);

  it.each([
    ['a Chinese word', '依申请公开', 1],
    ['full pinyin', 'yishenqing', 1],
    ['pinyin initials', 'ysqgk', 1],
    ['a mix of full syllables and initials', 'yishenqgk', 1],
    ['pinyin with spaces between syllables', 'xin neng yuan', 3],
    ['a homophone typo from a pinyin keyboard', '依申请工开', 1],
    ['a wrong character that is not a homophone', '新能原汽车', 3],
    ['a near-synonym', '中小企业数字化转型补助', 2],
    ['a typo in full pinyin', 'anquanshengcan', 4],
    ['a word only in the body', '压实', 4],
  ])('finds the document by %s (%s)', (_case, query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('ranks the valid document above the repealed one with the same title words', () => {
    const found = ids('数字化转型补贴');
    expect(found.indexOf(2)).toBeLessThan(found.indexOf(6));
    expect(found).toContain(6);
  });

  it('ranks a title match above a body-only match', () => {
    const found = ids('中小企业');
    expect(found.slice(0, 2).sort()).toEqual([2, 7]);
  });

  it('highlights the matched words in the title and escapes the rest', () => {
    const index2 = new SearchIndex();
    index2.upsert(document(9, '<script>公开</script>目录'));
    const [hit] = index2.search('公开').items;
    expect(hit.highlight).toBe('&lt;script&gt;<em>公开</em>&lt;/script&gt;目录');
  });

  it('highlights the characters a pinyin query matched', () => {
    const [hit] = index.search('ysqgk').items;
    expect(hit.highlight).toContain('<em>依申请公开</em>');
  });

  it('shows a body passage when only the body matched', () => {
    const [hit] = index.search('压实').items;
    expect(hit.highlight).toContain('<em>压实</em>');
  });

  it('filters by type, validity, year and form', () => {
    expect(ids('数字化转型', { validity: 'repealed' })).toEqual([6]);
    expect(ids('数字化转型', { year: 2024 })).toEqual([2]);
    expect(ids('工业互联网', { type: 'interpretation', form: 'video' })).toEqual([5]);
    expect(ids('工业互联网', { form: 'audio' })).toEqual([]);
  });

  it('forgets removed documents and replaces updated ones', () => {
    const local = build();
    local.remove('policy', 3);
    expect(local.search('新能源汽车').items.map((item) => item.id)).not.toContain(3);
    local.upsert(document(1, '政府信息公开指南'));
    expect(local.search('依申请公开').items.map((item) => item.id)).not.toContain(1);
    expect(local.search('公开指南').items[0].id).toBe(1);
    expect(local.size).toBe(6);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('  ').total).toBe(0);
    expect(index.search('，。').total).toBe(0);
  });

  it('suggests words and titles from a Chinese prefix and from pinyin initials', () => {
    expect(index.suggest('新能')).toEqual(expect.arrayContaining(['新能源']));
    expect(index.suggest('ysq').some((text) => text.includes('依申请'))).toBe(true);
  });
});
