import { addWorkingDays } from '../calendar/add-working-days';
import { LocalDate } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';

/** The seeds' rule: a policy's 解读 appears with it, or within 3 working days after it is published. */
export const INTERPRETATION_WORKING_DAYS = 3;

export interface PolicyInterpretationFacts {
  id: number;
  title: string;
  publishedDate: LocalDate;
  needsInterpretation: boolean;
  /** Publication dates of its published interpretations. */
  interpretationDates: LocalDate[];
}

export interface LateInterpretation {
  id: number;
  title: string;
  dueDate: LocalDate;
  /** When the first interpretation finally appeared; null while there is none. */
  interpretedOn: LocalDate | null;
}

/** Policies whose first interpretation came after the limit, or has not come and the limit has passed. */
export function findLateInterpretations(policies: PolicyInterpretationFacts[], today: LocalDate, calendar: WorkingCalendar): LateInterpretation[] {
  const late: LateInterpretation[] = [];
  for (const policy of policies) {
    if (!policy.needsInterpretation) continue;
    const dueDate = addWorkingDays(calendar, policy.publishedDate, INTERPRETATION_WORKING_DAYS);
    const first = [...policy.interpretationDates].sort()[0] ?? null;
    if (first ? first > dueDate : today > dueDate) late.push({ id: policy.id, title: policy.title, dueDate, interpretedOn: first });
  }
  return late;
}

export interface InterpretationShares {
  total: number;
  chartAudioVideo: number;
  videoAnimation: number;
  /** At least 1 in 5 interpretations use charts, audio or video. */
  chartAudioVideoMet: boolean;
  /** Video and animation make up at least 30%. */
  videoAnimationMet: boolean;
}

const CHART_AUDIO_VIDEO = new Set(['graphic', 'audio', 'video', 'animation']);
const VIDEO_ANIMATION = new Set(['video', 'animation']);

/** The year's mix of forms against the seeds' targets (图表音视频 ≥ 1/5; 视频动漫 ≥ 30%). Integer arithmetic: no rounding at the edge. */
export function measureInterpretationShares(forms: string[]): InterpretationShares {
  const chartAudioVideo = forms.filter((form) => CHART_AUDIO_VIDEO.has(form)).length;
  const videoAnimation = forms.filter((form) => VIDEO_ANIMATION.has(form)).length;
  return {
    total: forms.length,
    chartAudioVideo,
    videoAnimation,
    chartAudioVideoMet: forms.length > 0 && chartAudioVideo * 5 >= forms.length,
    videoAnimationMet: forms.length > 0 && videoAnimation * 10 >= forms.length * 3,
  };
}
