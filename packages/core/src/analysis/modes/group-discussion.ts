import type { TranscriptSegment } from '../../transcript/model';
import type { SegmentMorphemes } from '../morphology';
import type { GroupDiscussionReport, ParticipantStats, SpeakerSummary } from '../report';
import type { Turn } from '../turns';
import { ideasOf } from './gd-ideas';
import { isCandidateModerator, rolesTaken } from './gd-roles';

/** Starting within this much of the other's end is taking turns, not cutting in. */
const OVERLAP_TOLERANCE_MS = 200;

/** Who takes part: candidates, me, unknown voices, and a moderator who is a candidate running the discussion. */
export function discussionParticipants(speakers: readonly SpeakerSummary[], turns: readonly Turn[]): SpeakerSummary[] {
  return speakers.filter(
    (speaker) =>
      speaker.role === 'me' ||
      speaker.role === 'candidate' ||
      speaker.role === 'unknown' ||
      (speaker.role === 'moderator' && isCandidateModerator(turns, speaker.key)),
  );
}

/**
 * Group discussion: each participant's speaking time, turns, interruptions (starting while another was
 * still speaking) and every idea; my share next to an equal share; the others' ideas; the roles taken.
 * Staff who only give the theme and the time are not participants.
 */
export function groupDiscussion(
  speakers: readonly SpeakerSummary[],
  segments: readonly TranscriptSegment[],
  turns: readonly Turn[],
  morphemes: SegmentMorphemes,
): GroupDiscussionReport {
  const participants = discussionParticipants(speakers, turns);
  const keys = new Set(participants.map((speaker) => speaker.key));
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
  const names = new Map(speakers.map((speaker) => [speaker.key, speaker.label]));
  const ideas = ideasOf({ turns, morphemes, participants: keys, names });
  const total = participants.reduce((sum, speaker) => sum + speaker.speakingMs, 0);
  const stats: ParticipantStats[] = participants.map((speaker) => ({
    ...speaker,
    share: total > 0 ? Math.round((speaker.speakingMs / total) * 1000) / 1000 : 0,
    interruptions: cutIns.get(speaker.key) ?? 0,
    interrupted: cutOff.get(speaker.key) ?? 0,
    keyPoints: ideas.filter((idea) => idea.speaker === speaker.key),
  }));
  const me = stats.find((speaker) => speaker.role === 'me');
  return {
    participants: stats,
    myShare: me ? me.share : null,
    equalShare: participants.length > 0 ? Math.round((1 / participants.length) * 1000) / 1000 : 0,
    othersIdeas: stats
      .filter((speaker) => speaker.role !== 'me')
      .flatMap((speaker) => speaker.keyPoints.filter((point) => point.kind !== 'conclusion')),
    roles: rolesTaken(turns, keys, ideas),
  };
}
