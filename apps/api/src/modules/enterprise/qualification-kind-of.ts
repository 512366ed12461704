import { isQualificationKind, QUALIFICATION_KINDS, QUALIFICATION_LABELS, QualificationKind } from '@govopen/domain';

/** '专精特新“小巨人”企业' and '专精特新"小巨人"' alike: quotes, spaces and a trailing 企业 do not matter. */
function bare(name: string): string {
  return name.replace(/[\s"'“”‘’「」]/g, '').replace(/企业$/, '');
}

const BY_BARE_LABEL = new Map(QUALIFICATION_KINDS.map((kind) => [bare(QUALIFICATION_LABELS[kind]), kind]));

/** The qualification a name means: the kind itself ('highTech') or its Chinese name, as people type it; else null. */
export function qualificationKindOf(name: string): QualificationKind | null {
  if (isQualificationKind(name)) return name;
  return BY_BARE_LABEL.get(bare(name)) ?? null;
}
