export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}\.\d{3})/;

function seconds(stamp: string): number {
  const parts = stamp.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/**
 * The cues of a WebVTT file. The weapp <video> cannot load a caption track, so the page shows the current cue
 * itself (and all cues as a transcript); the API has already checked the file is WebVTT.
 */
export function parseWebVtt(text: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((line) => TIMING.test(line));
    if (at < 0) continue;
    const [, start, end] = TIMING.exec(lines[at])!;
    const body = lines.slice(at + 1).join('\n').replace(/<[^>]+>/g, '').trim();
    if (body) cues.push({ start: seconds(start), end: seconds(end), text: body });
  }
  return cues;
}

export function cueAt(cues: Cue[], time: number): Cue | undefined {
  return cues.find((cue) => time >= cue.start && time < cue.end);
}
