import { Injectable } from '@nestjs/common';
import { DisclosureGuideAdminView, DisclosureGuideVersionView, PublicDisclosureGuideView, StaffRole } from '@govopen/contracts';
import { composeDisclosureGuide, DISCLOSURE_GUIDE_FIELD_LABELS, DisclosureGuideText } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { isUniqueViolation } from '../../common/unique-violation';
import { AuditService } from '../audit/audit.service';
import { DisclosureGuideVersion } from './disclosure-guide-version.entity';
import { DisclosureGuideRepository } from './disclosure-guide.repository';
import { SaveDisclosureGuideDto } from './dto/save-disclosure-guide.dto';

export const GUIDE_EDITORS = [StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN];

/** 政府信息公开指南 (条例 Art. 12): the office keeps it, every save a new version; residents read the latest. */
@Injectable()
export class DisclosureGuideService {
  constructor(
    private readonly repository: DisclosureGuideRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async publicView(): Promise<PublicDisclosureGuideView> {
    const agencyId = await this.repository.servingAgencyId();
    const row = agencyId === null ? null : await this.repository.latest(agencyId);
    if (agencyId === null || !row) throw AppException.notFound('本机关的政府信息公开指南正在编写，请稍后再来');
    return { agencyName: (await this.repository.agencyName(agencyId)) ?? '', version: row.version, updatedAt: row.savedAt.toISOString(), sections: composeDisclosureGuide(textOf(row)) };
  }

  async adminView(staff: StaffPrincipal): Promise<DisclosureGuideAdminView> {
    const [latest, history] = await Promise.all([this.repository.latest(staff.agencyId), this.repository.history(staff.agencyId)]);
    return {
      current: latest && versionView(latest),
      history: history.map((row) => ({ version: row.version, savedAt: row.savedAt.toISOString(), savedBy: row.savedByName })),
    };
  }

  async version(staff: StaffPrincipal, version: number): Promise<DisclosureGuideVersionView> {
    const row = await this.repository.find(staff.agencyId, version);
    if (!row) throw AppException.notFound('没有这个版本的公开指南');
    return versionView(row);
  }

  async save(staff: StaffPrincipal, body: SaveDisclosureGuideDto, actor: Actor): Promise<DisclosureGuideAdminView> {
    const text = trimmed(body);
    try {
      await this.repository.transaction(async (tx) => {
        const latest = await this.repository.latest(staff.agencyId, tx);
        const version = (latest?.version ?? 0) + 1;
        await this.repository.insert(
          { agencyId: staff.agencyId, version, text: JSON.stringify(text), savedBy: staff.id, savedByName: staff.displayName, savedAt: this.clock.now() },
          tx,
        );
        await this.audit.record(actor, { action: 'disclosure_guide.save', targetType: 'disclosure_guide', targetId: version, detail: `保存公开指南第 ${version} 版` }, tx);
      });
    } catch (error) {
      // Two saves at once both read version n: the unique (agency, version) index lets one win; the other retries by hand.
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.CONFLICT, '公开指南刚被他人保存，请刷新后再保存');
      throw error;
    }
    return this.adminView(staff);
  }
}

function trimmed(body: SaveDisclosureGuideDto): DisclosureGuideText {
  const text = {} as DisclosureGuideText;
  for (const field of Object.keys(DISCLOSURE_GUIDE_FIELD_LABELS) as (keyof DisclosureGuideText)[]) {
    const value = body[field].trim();
    if (!value) throw AppException.invalid(field, `请填写${DISCLOSURE_GUIDE_FIELD_LABELS[field]}`);
    text[field] = value;
  }
  return text;
}

function textOf(row: DisclosureGuideVersion): DisclosureGuideText {
  return JSON.parse(row.text) as DisclosureGuideText;
}

function versionView(row: DisclosureGuideVersion): DisclosureGuideVersionView {
  const text = textOf(row);
  return { version: row.version, savedAt: row.savedAt.toISOString(), savedBy: row.savedByName, text, sections: composeDisclosureGuide(text) };
}
