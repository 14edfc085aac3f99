import type { TranscriptSegment } from '../../transcript/model';
import type { GroupDiscussionReport, ParticipantStats, SpeakerSummary } from '../report';
import type { Turn } from '../turns';
import { keyPointsOf } from './key-points';

/** Starting within this much of the other's end is taking turns, not cutting in. */
const OVERLAP_TOLERANCE_MS = 200;

/**
 * Group discussion: each participant's speaking time, turns, interruptions (starting while another was
 * still speaking) and key points; my share next to an equal share; the other candidates' ideas.
 * The moderator runs the session and is not a participant.
 */
export function groupDiscussion(
  speakers: readonly SpeakerSummary[],
  segments: readonly TranscriptSegment[],
  turns: readonly Turn[],
): GroupDiscussionReport {
  const participants = speakers.filter(
    (speaker) => speaker.role === 'me' || speaker.role === 'candidate' || speaker.role === 'unknown',
  );
  const ordered = [...segments].sort((a, b) => a.startMs - b.startMs);
  const cutIns = new Map<string, number>();
  const cutOff = new Map<string, number>();
  ordered.forEach((segment, index) => {
    const previous = ordered[index - 1];
    if (!previous || previous.speaker === segment.speaker) return;
    if (segment.startMs < previous.endMs - OVERLAP_TOLERANCE_MS) {
      cutIns.set(segment.speaker, (cutIns.get(segment.speaker) ?? 0) + 1);
      cutOff.set(previous.speaker, (cutOff.get(previous.speaker) ?? 0) + 1);
    }
  });
  const total = participants.reduce((sum, speaker) => sum + speaker.speakingMs, 0);
  const stats: ParticipantStats[] = participants.map((speaker) => ({
    ...speaker,
    share: total > 0 ? Math.round((speaker.speakingMs / total) * 1000) / 1000 : 0,
    interruptions: cutIns.get(speaker.key) ?? 0,
    interrupted: cutOff.get(speaker.key) ?? 0,
    keyPoints: keyPointsOf(turns, speaker.key, 3),
  }));
  const me = stats.find((speaker) => speaker.role === 'me');
  return {
    participants: stats,
    myShare: me ? me.share : null,
    equalShare: participants.length > 0 ? Math.round((1 / participants.length) * 1000) / 1000 : 0,
    othersIdeas: stats
      .filter((speaker) => speaker.role !== 'me')
      .flatMap((speaker) => speaker.keyPoints.filter((point) => point.kind !== 'conclusion')),
  };
}
