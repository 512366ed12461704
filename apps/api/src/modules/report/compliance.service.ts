import { Injectable } from '@nestjs/common';
import { ComplianceFlag, ComplianceReport, ComplianceTarget, StaffCatalogNodeView } from '@govopen/contracts';
import {
  annualReportDeadlineSeverity,
  chinaDateOf,
  complianceSeverity,
  findLateInterpretations,
  findLateMessages,
  findMissingAdoptions,
  formatChinaDay,
  INTERPRETATION_WORKING_DAYS,
  measureInterpretationShares,
  MESSAGE_ESCALATION_LABELS,
} from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogService } from '../catalog/catalog.service';
import { OrganizationRepository } from '../organization/organization.repository';
import { AnnualReportService } from './annual-report.service';
import { ComplianceRepository } from './compliance.repository';

/**
 * The seeds' and the inspections' rules, measured across policies, interpretations, the catalog, messages,
 * consultations and the annual report: above all of them. Every finding links to the console page where it is fixed
 * and names the unit responsible. The whole agency is measured: the board is the 公开办's, as the catalog is.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly repository: ComplianceRepository,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
    private readonly organization: OrganizationRepository,
    private readonly annualReports: AnnualReportService,
  ) {}

  async compliance(staff: StaffPrincipal): Promise<ComplianceReport> {
    const today = chinaDateOf(this.clock.now());
    const year = Number(today.slice(0, 4));
    const [policies, interpretations, calendar, catalog, messages, consultations, units, agency, countdown] = await Promise.all([
      this.repository.publishedPolicies(staff.agencyId),
      this.repository.publishedInterpretations(staff.agencyId),
      this.calendar.getCalendar(),
      this.catalog.staffTree(staff),
      this.repository.openMessages(staff.agencyId),
      this.repository.consultationsOwingAdoption(staff.agencyId, today),
      this.organization.listUnits(staff.agencyId),
      this.organization.findAgency(staff.agencyId),
      this.annualReports.dueCountdown(staff.agencyId),
    ]);
    const unitName = (id: number | null) => (id === null ? null : (units.find((unit) => unit.id === id)?.name ?? null));
    const nodes = new Map<number, StaffCatalogNodeView>();
    const walk = (level: StaffCatalogNodeView[]) => {
      for (const node of level) {
        nodes.set(node.id, node);
        walk(node.children);
      }
    };
    walk(catalog);

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
    // A policy has no unit of its own: the owners of the catalog section it is filed under answer for it.
    const policyUnit = (id: number) => {
      const nodeId = policies.find((policy) => policy.id === id)?.catalogNodeId ?? null;
      return nodeId === null ? null : (nodes.get(nodeId)?.owners ?? null);
    };
    const shares = measureInterpretationShares(interpretations.filter((item) => item.publishedAt && chinaDateOf(item.publishedAt).startsWith(String(year))).map((item) => item.form));
    const lateNodes = [...nodes.values()].filter((node) => node.timeliness === 'late');
    const lateMessages = findLateMessages(
      messages.map((message) => ({ id: message.id, title: message.title, unitId: message.unitId, receivedDate: message.receivedDate!, dueDate: message.dueDate })),
      today,
      calendar,
    );
    const beyondTwoMonths = lateMessages.filter((message) => message.level !== 'late');
    const vetoed = beyondTwoMonths.filter((message) => message.level === 'three_months').length;
    const owing = findMissingAdoptions(
      consultations.map((item) => ({ id: item.id, title: item.title, unitId: item.unitId, endDate: item.endDate, decisionDate: item.decisionDate, adoptionPublished: false })),
      today,
      calendar,
    );
    const lateAdoptions = owing.filter((item) => item.late).length;
    const percent = (part: number) => (shares.total ? `${Math.round((part / shares.total) * 100)}%` : '—');
    // Dates in the wording read as the console shows every date (the domain's China-date format).
    const messageTarget = (message: (typeof lateMessages)[number]): ComplianceTarget => ({
      type: 'message',
      id: message.id,
      name: `${message.title}（${formatChinaDay(message.receivedDate)} 受理，${MESSAGE_ESCALATION_LABELS[message.level]}，${formatChinaDay(message.vetoDate)} 满三个月）`,
      link: `/messages/${message.id}`,
      unitName: unitName(message.unitId),
    });

    const flags: ComplianceFlag[] = [
      {
        kind: 'missing_interpretation',
        severity: complianceSeverity(late.length),
        title: `政策文件发布后 ${INTERPRETATION_WORKING_DAYS} 个工作日内应同步解读`,
        detail: late.length ? `${late.length} 件政策文件的解读超期或缺失` : '本年度已发布的政策文件均已按时解读',
        targets: late.map((item) => ({ type: 'policy', id: item.id, name: `${item.title}（应于 ${formatChinaDay(item.dueDate)} 前解读）`, link: `/policies/${item.id}`, unitName: policyUnit(item.id) })),
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
        severity: complianceSeverity(lateNodes.length),
        title: '主动公开目录按更新时限维护',
        detail: lateNodes.length ? `${lateNodes.length} 个目录栏目超过更新时限` : '目录栏目均在更新时限内',
        targets: lateNodes.map((node) => ({
          type: 'catalog_node',
          id: node.id,
          name: `${node.name}（${node.updateRule ?? node.updateRuleReading}${node.dueDate ? `，应于 ${formatChinaDay(node.dueDate)} 前更新` : ''}）`,
          link: `/catalog?node=${node.id}`,
          unitName: node.owners,
        })),
      },
      {
        kind: 'message_late',
        severity: complianceSeverity(lateMessages.length),
        title: '留言按答复时限办理',
        detail: lateMessages.length ? `${lateMessages.length} 条留言超过答复时限未答复` : '没有超过答复时限的留言',
        targets: lateMessages.map(messageTarget),
      },
      {
        // 国办秘函〔2019〕19号: a 政务咨询 message unanswered for more than 3 months fails the site on its own (单项否决).
        kind: 'message_three_months',
        severity: complianceSeverity(vetoed, beyondTwoMonths.length),
        title: '留言超过 3 个月未答复（单项否决）',
        detail: vetoed
          ? `${vetoed} 条留言已满 3 个月未答复`
          : beyondTwoMonths.length
            ? `${beyondTwoMonths.length} 条留言已超两个月未答复，请在满三个月前答复`
            : '没有超过两个月未答复的留言',
        targets: beyondTwoMonths.map(messageTarget),
      },
      {
        kind: 'consultation_adoption_missing',
        severity: complianceSeverity(lateAdoptions, owing.length),
        title: '意见征集结束后公布采纳情况（决策后 10 个工作日内）',
        detail: owing.length ? `${owing.length} 项意见征集尚未公布采纳情况${lateAdoptions ? `，其中 ${lateAdoptions} 项已超期` : ''}` : '已结束的意见征集均已公布采纳情况',
        targets: owing.map((item) => ({
          type: 'consultation',
          id: item.id,
          name: `${item.title}（${item.dueDate ? `应于 ${formatChinaDay(item.dueDate)} 前公布${item.late ? '，已超期' : ''}` : `${formatChinaDay(item.endDate)} 征集结束，尚未录入决策日期`}）`,
          link: `/consultations/${item.id}`,
          unitName: unitName(item.unitId),
        })),
      },
      {
        // 条例 Art. 49: a department publishes by 31 January, a government by 31 March; the agency itself answers for it.
        kind: 'annual_report_due',
        severity: annualReportDeadlineSeverity(countdown),
        title: '按期公布政府信息公开工作年度报告',
        detail: countdown
          ? countdown.overdue
            ? `${countdown.year} 年度报告应于 ${formatChinaDay(countdown.dueDate)} 前公布，已逾期 ${-countdown.daysLeft} 天`
            : `${countdown.year} 年度报告应于 ${formatChinaDay(countdown.dueDate)} 前公布，还剩 ${countdown.daysLeft} 天`
          : '没有待公布的年度报告',
        targets: countdown ? [{ type: 'annual_report', id: countdown.year, name: `${countdown.year} 年度政府信息公开工作年度报告`, link: `/annual-reports/${countdown.year}`, unitName: agency?.name ?? null }] : [],
      },
    ];
    return { year, interpretations: shares.total, chartAudioVideo: shares.chartAudioVideo, videoAnimation: shares.videoAnimation, flags };
  }
}
