import {
  AppError,
  type Bookmark,
  type ChunkAck,
  type DiskCapacity,
  type JobEvent,
  type LiveSessionView,
  type LiveStopResult,
  minutesThatFit,
  type PracticeTake,
  parseBookmarkInput,
  parseCapacityQuery,
  parseStartLiveSession,
  parseStopInput,
  type StopReason,
  storageNeededBytes,
} from '@furikaeri/core';
import { type Clock, isoNow } from '../config/clock';
import { newId } from '../config/ids';
import { notFound } from '../services/errors';
import type { LibraryService } from '../services/library-service';
import { consentDeclined } from '../services/recording-service';
import { freeBytes } from './disk-space';
import { diskFull, sessionNotFound } from './live-errors';
import type { LiveFinaliser } from './live-finaliser';
import type { LiveSessionRepository, StoredSession } from './live-session-repository';
import { practiceEventFor } from './practice-event';
import type { PracticeTakes } from './practice-takes';
import type { SessionRegistry } from './session-registry';

export interface LiveServiceDeps {
  sessions: LiveSessionRepository;
  registry: SessionRegistry;
  finaliser: LiveFinaliser;
  library: LibraryService;
  practiceTakes: PracticeTakes;
  clock: Clock;
  /** The folder whose disk the audio goes to (for free-space checks). */
  audioDir: string;
}

/** The recorder's use cases: start a session, take its chunks and bookmarks, stop it, and report on disk space. */
export class LiveRecordingService {
  constructor(private readonly deps: LiveServiceDeps) {}

  async start(eventId: string, input: unknown): Promise<LiveSessionView> {
    const request = parseStartLiveSession(input);
    const { library, sessions, registry, clock } = this.deps;
    const requested = library.getEvent(eventId).event;
    if (requested.consent === 'declined') throw consentDeclined();
    // A practice run goes to a practice event of its own; one started from a practice event stays there.
    const event =
      request.practice && requested.type !== 'practice' ? practiceEventFor(library, requested, clock) : requested;
    const continued = request.continues ? sessions.find(request.continues) : null;
    if (request.continues && continued?.eventId !== event.id) throw notContinuable();
    const practiceAttempt = this.practiceAttempt(request.practiceAttempt ?? continued?.practiceAttempt ?? null, event);
    const free = await freeBytes(this.deps.audioDir);
    if (minutesThatFit(request.format, free) < 1) throw diskFull(0);
    const id = newId('lvs');
    sessions.insert(
      {
        id,
        recordingId: newId('rec'),
        eventId: event.id,
        mode: request.mode,
        practice: request.practice,
        format: request.format,
        processing: request.processing,
        consent: event.consent,
        continues: request.continues,
        practiceAttempt,
      },
      isoNow(clock),
    );
    return publicView(await registry.create(this.requireSession(id)));
  }

  get(sessionId: string): LiveSessionView {
    return publicView(this.deps.registry.current(sessionId) ?? this.requireSession(sessionId));
  }

  /** Chunk `seq` of a session, `offset` bytes into its audio. */
  appendChunk(sessionId: string, seq: number, offset: number, bytes: Uint8Array): Promise<ChunkAck> {
    return this.deps.registry.withOpen(sessionId, (open) => open.append(seq, offset, bytes));
  }

  /** The page's "still here" while paused: a session that hears nothing for long is saved as recovered. */
  async heartbeat(sessionId: string, input: unknown): Promise<LiveSessionView> {
    const paused = (input as { paused?: unknown } | null)?.paused === true;
    return publicView(
      await this.deps.registry.withOpen(sessionId, async (open) => {
        open.touch(paused);
        return open.state;
      }),
    );
  }

  /** Bookmarks may arrive after the stop (sent from the page's outbox); they belong to the recording. */
  addBookmark(sessionId: string, input: unknown): Bookmark {
    const { offsetMs } = parseBookmarkInput(input);
    const session = this.requireSession(sessionId);
    return this.deps.sessions.addBookmark({
      id: newId('bmk'),
      recordingId: session.recordingId,
      offsetMs,
      createdAt: isoNow(this.deps.clock),
    });
  }

  /** Saves the recording. A repeated stop (its answer was lost) returns the same outcome again. */
  async stop(sessionId: string, input: unknown): Promise<LiveStopResult> {
    const { reason } = parseStopInput(input);
    const result = await this.deps.registry.finalise(sessionId, statusFor(reason));
    if (!result) throw new Error('an unconditional finalise always returns its outcome');
    return result;
  }

  bookmarksOf(recordingId: string): Bookmark[] {
    return this.deps.sessions.bookmarks(recordingId);
  }

  captureOf(recordingId: string): LiveSessionView {
    const session = this.deps.sessions.findByRecording(recordingId);
    if (!session) throw notFound('recording', recordingId);
    return publicView(session);
  }

  async capacity(query: Record<string, string | undefined>): Promise<DiskCapacity> {
    const { minutes, format } = parseCapacityQuery(query);
    const free = await freeBytes(this.deps.audioDir);
    const neededBytes = storageNeededBytes(format, minutes);
    return {
      freeBytes: free,
      neededBytes,
      minutes,
      enough: free >= neededBytes,
      maxMinutes: minutesThatFit(format, free),
    };
  }

  /** Server only: recovers sessions nobody sends to any more (the CLI never does, it would race the server). */
  startSweeper(): void {
    this.deps.registry.startSweeper();
  }

  /** One pass of the sweeper (tests call it instead of waiting for the timer). */
  sweep(first = false): Promise<void> {
    return this.deps.registry.sweep(first);
  }

  close(): Promise<void> {
    return this.deps.registry.close();
  }

  /** Only a take in a practice event answers a practice question (the page records into the day's one). */
  private practiceAttempt(take: PracticeTake | null, event: JobEvent): PracticeTake | null {
    if (!take) return null;
    if (event.type !== 'practice') {
      throw new AppError('validation', {
        ja: '練習の質問への回答は、練習の予定にだけ録音できます',
        en: 'An answer to a practice question can only be recorded into a practice event',
      });
    }
    return this.deps.practiceTakes.check(take);
  }

  private requireSession(id: string): StoredSession {
    const session = this.deps.sessions.find(id);
    if (!session) throw sessionNotFound(id);
    return session;
  }
}

function notContinuable(): AppError {
  return new AppError('validation', {
    ja: '続きにできるのは、同じ予定の録音だけです',
    en: 'Only a recording of the same event can be continued',
  });
}

function statusFor(reason: StopReason): 'finished' | 'recovered' {
  // A page reopened after it was closed mid-recording stops the session on the user's behalf.
  return reason === 'page_closed' ? 'recovered' : 'finished';
}

/** The consent is kept with the recording, not sent back with every chunk. */
function publicView(session: StoredSession): LiveSessionView {
  const { consent: _consent, practiceAttempt: _practiceAttempt, ...view } = session;
  return view;
}
