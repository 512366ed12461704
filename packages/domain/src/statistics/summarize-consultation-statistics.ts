import { LocalDate } from '../calendar/local-date';

export interface ConsultationStatsFacts {
  endDate: LocalDate;
  adoptionPublished: boolean;
  /** Comments shown to the public (moderated and approved). */
  comments: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
}

export interface ConsultationStatistics {
  /** Consultations whose window closed in the year (or closes later in it). */
  consultations: number;
  closed: number;
  /** Of the closed ones, with their 采纳情况 published (713号 Art. 15, seed 002). */
  adoptionPublished: number;
  comments: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  /** (Adopted + partly adopted) / decided comments in per cent, one decimal; null when none was decided. */
  adoptionRate: number | null;
}

/** 意见征集 of a year, counted by the window's last day: how many, what came in and what was adopted. */
export function summarizeConsultationStatistics(consultations: ConsultationStatsFacts[], year: number, today: LocalDate): ConsultationStatistics {
  const inYear = consultations.filter((item) => item.endDate.startsWith(String(year)));
  const closed = inYear.filter((item) => item.endDate < today);
  const sum = (pick: (item: ConsultationStatsFacts) => number) => inYear.reduce((total, item) => total + pick(item), 0);
  const adopted = sum((item) => item.adopted);
  const partiallyAdopted = sum((item) => item.partiallyAdopted);
  const notAdopted = sum((item) => item.notAdopted);
  // A comment partly taken up was adopted in part: it counts for adoption, as 采纳情况 reports 部分采纳 with 采纳.
  const decided = adopted + partiallyAdopted + notAdopted;
  return {
    consultations: inYear.length,
    closed: closed.length,
    adoptionPublished: closed.filter((item) => item.adoptionPublished).length,
    comments: sum((item) => item.comments),
    adopted,
    partiallyAdopted,
    notAdopted,
    adoptionRate: decided ? Math.round(((adopted + partiallyAdopted) * 1000) / decided) / 10 : null,
  };
}
