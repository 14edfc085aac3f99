import { AppError } from '@furikaeri/core';
import type { JobHandler } from '../jobs/job-handler';
import type { Repositories } from '../repositories/repositories';
import type { VoiceprintRoles } from '../speech/voiceprint-roles';
import type { AnalysisService } from './analysis-service';

/**
 * The `analyse` stage of the pipeline: analyses the event's current transcript (after transcription, or
 * after a transcript was imported or corrected). Jobs carry their event; older ones only their recording.
 * An imported transcript of a recording first has the user's speaker guessed by voice where it can
 * (`voiceRoles`), so the analysis runs on it.
 */
export function createAnalyseHandler(
  repos: Repositories,
  analysis: AnalysisService,
  voiceRoles?: VoiceprintRoles,
): JobHandler {
  return async ({ job, signal, progress }) => {
    const eventId = job.eventId ?? (job.recordingId ? repos.recordings.find(job.recordingId)?.eventId : null);
    if (!eventId) {
      throw new AppError('not_found', { ja: '分析する予定が見つかりません', en: 'No event to analyse' });
    }
    if (!repos.transcripts.findCurrent(eventId)) {
      // Not a failure: the transcript comes from a later stage (or an import) that has not happened yet.
      throw new AppError('unavailable', {
        ja: '文字起こしがまだないため分析できません。文字起こしファイルを取り込むと分析します。',
        en: 'There is no transcript to analyse yet. Import a transcript file to get the analysis.',
      });
    }
    await voiceRoles?.guessMine(eventId, signal);
    const message = { ja: '面接を分析しています', en: 'Analysing the interview' };
    progress(null, message);
    await analysis.analyseEvent(eventId, signal, (fraction) => progress(fraction, message));
    progress(1);
    return undefined;
  };
}
