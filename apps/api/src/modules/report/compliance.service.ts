import { Injectable } from '@nestjs/common';
import { ComplianceReport } from '@govopen/contracts';
import { chinaDateOf, findLateInterpretations, measureInterpretationShares } from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogService } from '../catalog/catalog.service';
import { ComplianceRepository } from './compliance.repository';

/** The seeds' publication rules, measured across policies, interpretations and the catalog: above all three. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly repository: ComplianceRepository,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
  ) {}

  /** The seeds' rules, measured: late interpretations, the year's mix of forms, catalog nodes late against their rule. */
  async compliance(staff: StaffPrincipal): Promise<ComplianceReport> {
    const today = chinaDateOf(this.clock.now());
    const year = Number(today.slice(0, 4));
    const [policies, interpretations, calendar, catalog] = await Promise.all([
      this.repository.publishedPolicies(staff.agencyId),
      this.repository.publishedInterpretations(staff.agencyId),
      this.calendar.getCalendar(),
      this.catalog.staffTree(staff),
    ]);
    const late = findLateInterpretations(
      policies
        .filter((policy) => policy.publishedAt && chinaDateOf(policy.publishedAt).startsWith(String(year)))
        .map((policy) => ({
          id: policy.id,
          title: policy.title,
          publishedDate: chinaDateOf(policy.publishedAt!),
          needsInterpretation: policy.needsInterpretation,
          interpretationDates: interpretations.filter((item) => item.policyId === policy.id && item.publishedAt).map((item) => chinaDateOf(item.publishedAt!)),
        })),
      today,
      calendar,
    );
    const shares = measureInterpretationShares(interpretations.filter((item) => item.publishedAt && chinaDateOf(item.publishedAt).startsWith(String(year))).map((item) => item.form));
    const lateNodes: { id: number; name: string }[] = [];
    const walk = (nodes: typeof catalog) => {
      for (const node of nodes) {
        if (node.timeliness === 'late') lateNodes.push({ id: node.id, name: node.name });
        walk(node.children);
      }
    };
    walk(catalog);
    const percent = (part: number) => (shares.total ? `${Math.round((part / shares.total) * 100)}%` : '—');
    return {
      year,
      interpretations: shares.total,
      chartAudioVideo: shares.chartAudioVideo,
      videoAnimation: shares.videoAnimation,
      flags: [
        {
          kind: 'missing_interpretation',
          severity: late.length ? 'violation' : 'ok',
          title: '政策文件发布后 3 个工作日内应同步解读',
          detail: late.length ? `${late.length} 件政策文件的解读超期或缺失` : '本年度已发布的政策文件均已按时解读',
          targets: late.map((item) => ({ type: 'policy' as const, id: item.id, name: `${item.title}（应于 ${item.dueDate} 前解读）` })),
        },
        {
          kind: 'chart_audio_video_share',
          severity: shares.chartAudioVideoMet ? 'ok' : 'warning',
          title: '图表、音视频解读不少于 1/5',
          detail: `本年度 ${shares.total} 篇解读中图表、音视频 ${shares.chartAudioVideo} 篇（${percent(shares.chartAudioVideo)}）`,
          targets: [],
        },
        {
          kind: 'video_share',
          severity: shares.videoAnimationMet ? 'ok' : 'warning',
          title: '视频、动漫解读占比不低于 30%',
          detail: `本年度视频、动漫解读 ${shares.videoAnimation} 篇（${percent(shares.videoAnimation)}）`,
          targets: [],
        },
        {
          kind: 'catalog_late',
          severity: lateNodes.length ? 'violation' : 'ok',
          title: '主动公开目录按更新时限维护',
          detail: lateNodes.length ? `${lateNodes.length} 个目录栏目超过更新时限` : '目录栏目均在更新时限内',
          targets: lateNodes.map((node) => ({ type: 'catalog_node' as const, id: node.id, name: node.name })),
        },
      ],
    };
  }
}
