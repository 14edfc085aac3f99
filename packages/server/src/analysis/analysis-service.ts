import {
  type AnalysisNorms,
  type AnalysisReport,
  AppError,
  analyseTranscript,
  coveredContent,
  EVENT_TYPE_LABELS,
  type JobEvent,
  type Locale,
  type PitchTrack,
  ROUND_LABELS,
  renderReportMarkdown,
  resolveNorms,
  type Transcript,
  tokenizeUntilAborted,
  transcriptRevision,
  validatedNorms,
} from '@furikaeri/core';
import type { AudioStore } from '../audio/audio-store';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import type { CancellableMorphology } from '../morphology/kuromoji-host';
import type { Repositories } from '../repositories/repositories';
import { notFound } from '../services/errors';
import { readTimeBudgetMs, withTimeBudget, writeTimeBudgetMs } from './analysis-budget';
import type { AnalysisRepository, StoredAnalysis } from './analysis-repository';
import { categoryModelThread } from './category-model-thread';
import { extractPitch } from './pitch-extractor';

/** Settings key of the user's overrides of the analysis norms (DEFAULT_NORMS in core). */
export const NORMS_SETTING = 'analysis.norms';

/**
 * Builds the review of an event: its current transcript, tokenised by the shared kuromoji host, F0 of my
 * voice from the recording when there is audio, the user's norms — analysed in core and stored. A stored
 * report is reused until the transcript, its roles, the event's type or the norms change.
 */
export class AnalysisService {
  constructor(
    private readonly repos: Repositories,
    private readonly analyses: AnalysisRepository,
    private readonly store: AudioStore,
    private readonly morphology: CancellableMorphology,
    private readonly clock: Clock,
  ) {}

  norms(): AnalysisNorms {
    return resolveNorms(this.repos.settings.get(NORMS_SETTING));
  }

  /**
   * Stores overrides (merged onto the defaults; unknown keys are dropped) and returns the norms in force.
   * An absurd value (negative, NaN, 1e308, slow above fast) is refused with the field named.
   */
  setNorms(overrides: unknown): AnalysisNorms {
    const norms = validatedNorms(overrides);
    this.repos.settings.set(NORMS_SETTING, norms);
    return norms;
  }

  /** How long one analysis may tokenise before it stops and reports on the part done (a setting). */
  timeBudget(): { timeBudgetMs: number } {
    return { timeBudgetMs: readTimeBudgetMs(this.repos.settings) };
  }

  setTimeBudget(input: unknown): { timeBudgetMs: number } {
    return writeTimeBudgetMs(this.repos.settings, input);
  }

  /**
   * Analyses the event's current transcript now and stores the report. Tokenising (the costly part) stops
   * when the time budget runs out; the report then covers the part done and says so (coveredContent). A
   * cancel, lock or shutdown through `signal` ends the tokenising worker's request at once and throws;
   * nothing is stored for an aborted run.
   */
  async analyseEvent(
    eventId: string,
    signal?: AbortSignal,
    onProgress?: (fraction: number) => void,
  ): Promise<StoredAnalysis> {
    const event = this.requireEvent(eventId);
    const full = this.requireTranscript(eventId);
    const { timeBudgetMs } = this.timeBudget();
    // The job's own signal aborts the worker's request in flight; the budget is checked between requests.
    const morphology = { tokenize: (texts: readonly string[]) => this.morphology.tokenize(texts, signal) };
    const budget = withTimeBudget(signal, timeBudgetMs);
    const prefix = await tokenizeUntilAborted(full.segments, morphology, {
      signal: budget.signal,
      onProgress: (done, total) => onProgress?.(total > 0 ? done / total : 1),
    }).finally(() => budget.release());
    signal?.throwIfAborted();
    const covered = coveredContent(full, prefix, timeBudgetMs);
    const transcript = { ...full, ...covered.content };
    const pitch = await this.pitchOfMe(transcript, signal);
    // The category model, trained off the main thread at launch, is awaited here rather than trained in line.
    await categoryModelThread.ready(signal);
    signal?.throwIfAborted();
    // The signal goes into core's options too, which check it between their stages (where core accepts one).
    const input = {
      transcript,
      morphemes: prefix.morphemes,
      eventType: event.type,
      norms: this.norms(),
      pitch,
      generatedAt: isoNow(this.clock),
      coverage: covered.coverage,
      signal,
    };
    // Fingerprinted as the whole transcript, also when the budget cut the part analysed: otherwise a partial
    // report would always look out of date, and every read would start the analysis again.
    const report = { ...analyseTranscript(input), transcriptRevision: transcriptRevision(full) };
    return this.analyses.insert({
      id: newId('an'),
      eventId,
      transcriptId: transcript.id,
      report,
      createdAt: report.generatedAt,
    });
  }

  /** The report for the event's current transcript: the stored one while it is up to date, else a fresh one. */
  async current(eventId: string): Promise<StoredAnalysis> {
    const event = this.requireEvent(eventId);
    const transcript = this.requireTranscript(eventId);
    const stored = this.analyses.latestForEvent(eventId);
    if (stored && !isStale(stored.report, transcript, event, this.norms())) return stored;
    return this.analyseEvent(eventId);
  }

  latest(eventId: string): StoredAnalysis | null {
    return this.analyses.latestForEvent(eventId);
  }

  /** The current report as a Markdown file named after the event. */
  async markdown(eventId: string, locale: Locale): Promise<{ fileName: string; text: string }> {
    const { report } = await this.current(eventId);
    const event = this.requireEvent(eventId);
    const company = event.companyId ? this.repos.companies.find(event.companyId)?.name : undefined;
    const kind = event.round ? ROUND_LABELS[event.round][locale] : EVENT_TYPE_LABELS[event.type][locale];
    const title = [company, event.title || kind, event.date].filter(Boolean).join(' ');
    return {
      // The language in the name: both versions are often saved into the same Downloads folder.
      fileName: `furikaeri-${event.date}-${event.id}-${locale}.md`,
      text: renderReportMarkdown(report, { locale, title }),
    };
  }

  /** F0 over my segments, from channel 0 of the recording's PCM; null when there is no audio to read. */
  private async pitchOfMe(transcript: Transcript, signal?: AbortSignal): Promise<PitchTrack[] | null> {
    if (!transcript.recordingId) return null;
    const recording = this.repos.recordings.find(transcript.recordingId);
    if (!recording?.pcm || recording.audioDeletedAt || recording.status !== 'ready') return null;
    const me = new Set(transcript.speakers.filter((speaker) => speaker.role === 'me').map((speaker) => speaker.key));
    const ranges = transcript.segments.filter((segment) => me.has(segment.speaker));
    if (ranges.length === 0) return null;
    const { id } = recording;
    const { sampleRate, channels } = recording.pcm;
    return extractPitch(
      { sampleRate, channels, read: (range) => this.store.createReadStream(id, 'pcm', range) },
      ranges,
      signal,
    );
  }

  private requireEvent(eventId: string): JobEvent {
    const event = this.repos.events.find(eventId);
    if (!event) throw notFound('event', eventId);
    return event;
  }

  private requireTranscript(eventId: string): Transcript {
    const transcript = this.repos.transcripts.findCurrent(eventId);
    if (!transcript) {
      throw new AppError(
        'not_found',
        {
          ja: 'この予定にはまだ文字起こしがありません。録音を文字起こしするか、文字起こしファイル（VTT・SRT・テキスト・JSON）を取り込んでください。',
          en: 'This event has no transcript yet. Transcribe its recording or import a transcript file (VTT, SRT, text, JSON).',
        },
        { eventId },
      );
    }
    return transcript;
  }
}

/**
 * A report is out of date once the transcript (text or roles), the event's type or the norms changed. The
 * transcript is compared by its fingerprint, not by time: an analysis that started before a role change
 * finishes after it, so its time says "newer" while its roles are the old ones.
 */
export function isStale(
  report: AnalysisReport,
  transcript: Transcript,
  event: JobEvent,
  norms: AnalysisNorms,
): boolean {
  return (
    report.transcriptId !== transcript.id ||
    report.transcriptRevision !== transcriptRevision(transcript) ||
    report.eventType !== event.type ||
    JSON.stringify(report.norms) !== JSON.stringify(norms)
  );
}
