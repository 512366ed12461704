import { Injectable } from '@nestjs/common';
import { LetterTemplateView } from '@govopen/contracts';
import {
  checkLetterTemplate,
  defaultLetterTemplate,
  LETTER_TEMPLATE_KEYS,
  LETTER_TITLES,
  LetterTemplate as LetterWording,
  LetterTemplateKey,
  Outcome,
  outcomeInfo,
} from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit/audit.service';
import { SaveLetterTemplateDto } from './dto/save-letter-template.dto';
import { LetterTemplate } from './letter-template.entity';
import { LetterTemplateRepository } from './letter-template.repository';

function labelOf(key: LetterTemplateKey): string {
  if (!key.startsWith('reply:')) return LETTER_TITLES[key as Exclude<LetterTemplateKey, `reply:${string}`>];
  const info = outcomeInfo(key.slice('reply:'.length) as Outcome);
  return info.group === info.label ? `答复告知书 · ${info.group}` : `答复告知书 · ${info.group} · ${info.label}`;
}

/** The agency's editable wording of each letter; the facts, the article and the remedies stay the case's. */
@Injectable()
export class LetterTemplateService {
  constructor(
    private readonly repository: LetterTemplateRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(staff: StaffPrincipal): Promise<LetterTemplateView[]> {
    const saved = await this.rows(staff.agencyId);
    return LETTER_TEMPLATE_KEYS.map((key) => toView(key, saved.get(key) ?? null));
  }

  /** The agency's edited wordings, by key, for composing letters. */
  async wordingsOf(agencyId: number): Promise<Map<string, LetterWording>> {
    const saved = await this.rows(agencyId);
    return new Map([...saved].map(([key, row]) => [key, { title: row.title, paragraphs: JSON.parse(row.paragraphs) as string[] }]));
  }

  async save(staff: StaffPrincipal, key: string, body: SaveLetterTemplateDto, actor: Actor): Promise<LetterTemplateView> {
    const templateKey = known(key);
    const wording = { title: body.title.trim(), paragraphs: body.paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean) };
    const problems = checkLetterTemplate(templateKey, wording);
    if (problems.length) throw AppException.invalid('paragraphs', problems.join('；'));
    const row = await this.repository.transaction(async (tx) => {
      const existing = await this.repository.find(staff.agencyId, templateKey, tx);
      const next = Object.assign(existing ?? new LetterTemplate(), {
        agencyId: staff.agencyId,
        templateKey,
        title: wording.title,
        paragraphs: JSON.stringify(wording.paragraphs),
        updatedBy: staff.displayName,
        updatedAt: this.clock.now(),
      });
      await this.repository.save(next, tx);
      await this.audit.record(actor, { action: 'letter_template.save', targetType: 'letter_template', targetId: templateKey, detail: labelOf(templateKey) }, tx);
      return next;
    });
    return toView(templateKey, row);
  }

  async reset(staff: StaffPrincipal, key: string, actor: Actor): Promise<LetterTemplateView> {
    const templateKey = known(key);
    await this.repository.transaction(async (tx) => {
      await this.repository.remove(staff.agencyId, templateKey, tx);
      await this.audit.record(actor, { action: 'letter_template.reset', targetType: 'letter_template', targetId: templateKey, detail: labelOf(templateKey) }, tx);
    });
    return toView(templateKey, null);
  }

  private async rows(agencyId: number): Promise<Map<string, LetterTemplate>> {
    const rows = await this.repository.ofAgency(agencyId);
    return new Map(rows.map((row) => [row.templateKey, row]));
  }
}

function known(key: string): LetterTemplateKey {
  if (!(LETTER_TEMPLATE_KEYS as readonly string[]).includes(key)) throw AppException.notFound('没有这种文书模板');
  return key as LetterTemplateKey;
}

function toView(key: LetterTemplateKey, row: LetterTemplate | null): LetterTemplateView {
  const wording = row ? { title: row.title, paragraphs: JSON.parse(row.paragraphs) as string[] } : defaultLetterTemplate(key);
  return {
    key,
    label: labelOf(key),
    ...wording,
    customized: row !== null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}
