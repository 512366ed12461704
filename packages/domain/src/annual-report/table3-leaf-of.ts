import { outcomeInfo } from '../disclosure/outcome';
import { ReportFacts } from './report-facts-of';
import { TABLE3_LEAF_KEYS, Table3LeafKey } from './table3-rows';

/**
 * The leaf of 三 a closed request counts in. An outcome counts where outcome.ts places it (one mapping: the reply
 * letter and the report cannot disagree); both 信息不存在 (Art. 36(4)) and 不属于本机关负责公开 (Art. 36(5)) are
 * 三（四）1 本机关不掌握相关政府信息.
 *
 * A withdrawal (申请人撤回) counts in 三（六）3 其他. The 30号 format has no row of its own for it: every other leaf
 * names a ground of decision (条例 Art. 14–16, 30, 35–39; 109号 Art. 7 for the unpaid fee), and 其他 is the format's
 * one residual leaf, as 其他处理 was in 60号. It must leave through 三: the request was counted in 一 or 二 and is no
 * longer open, so it is not 四, and the table's own rule (一 + 二 = 三 + 四) holds only if it is counted here.
 */
export function table3LeafOf(closing: Pick<ReportFacts, 'outcome' | 'withdrawn'>): Table3LeafKey {
  if (closing.withdrawn) return '三（六）3';
  if (closing.outcome === null) throw new RangeError('已办结的申请没有办理结果，无法计入年度报告表三');
  const row = outcomeInfo(closing.outcome).row;
  const leaf = TABLE3_LEAF_KEYS.find((key) => key === row);
  if (!leaf) throw new RangeError(`办理结果“${outcomeInfo(closing.outcome).label}”对应的行“${row}”不在年度报告表三中`);
  return leaf;
}
