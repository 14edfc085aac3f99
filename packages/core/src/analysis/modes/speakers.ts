import type { TranscriptContent } from '../../transcript/model';
import { speakingTime } from '../metrics/speaking-time';
import type { SpeakerSummary } from '../report';
import { countSpokenCharacters } from '../text/characters';
import type { Turn } from '../turns';

/** Speaking time, characters and turns of every speaker, and their share of all speaking time. */
export function summariseSpeakers(
  content: TranscriptContent,
  turns: readonly Turn[],
  minPauseMs: number,
): SpeakerSummary[] {
  const summaries = content.speakers.map((speaker) => {
    const segments = content.segments.filter((segment) => segment.speaker === speaker.key);
    return {
      key: speaker.key,
      label: speaker.label,
      role: speaker.role,
      speakingMs: speakingTime(segments, content.speechRegions, minPauseMs),
      characters: segments.reduce((sum, segment) => sum + countSpokenCharacters(segment.text), 0),
      turns: turns.filter((turn) => turn.speaker === speaker.key).length,
      share: 0,
    };
  });
  const total = summaries.reduce((sum, summary) => sum + summary.speakingMs, 0);
  for (const summary of summaries)
    summary.share = total > 0 ? Math.round((summary.speakingMs / total) * 1000) / 1000 : 0;
  return summaries;
}
