import type { AudioProcessing, CaptureFormat, CaptureMode, PracticeTake } from '@furikaeri/core';

/**
 * One recording as the page sees it (a "take"): the server session it currently goes to, and what is not
 * acknowledged yet. A take outlives a session when the server had to save the session early and the take
 * continues in a new one.
 */
export interface TakeRecord {
  takeId: string;
  eventId: string;
  sessionId: string;
  /** The take's chunk number and byte offset that are chunk 0 and byte 0 of the current session. */
  base: number;
  baseOffset: number;
  format: CaptureFormat;
  mode: CaptureMode;
  practice: boolean;
  /** The practice question the take answers (absent in takes stored before it was kept). */
  practiceAttempt?: PracticeTake | null;
  processing: AudioProcessing;
  /** The user pressed stop: what is left only has to be sent, then the session saved. */
  ended: boolean;
  /** Bookmark offsets (ms) not yet acknowledged. */
  bookmarks: number[];
  /** Audio saved in earlier sessions of this take. */
  savedBeforeMs: number;
  startedAt: string;
}

export interface ChunkRecord {
  takeId: string;
  seq: number;
  /** Bytes of the take's audio before this chunk. */
  offset: number;
  pcm: ArrayBuffer;
}

const DB_NAME = 'furikaeri-recorder';
const TAKES = 'takes';
const CHUNKS = 'chunks';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/**
 * Chunks the server has not acknowledged yet, in IndexedDB, so a reload, a closed tab or a crashed browser
 * loses nothing that was captured: the next page to open sends them. A chunk is deleted as soon as its
 * acknowledgement arrives, so normally only the last second or so is ever stored here.
 */
export class Outbox {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<Outbox> {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(TAKES, { keyPath: 'takeId' });
      request.result.createObjectStore(CHUNKS, { keyPath: ['takeId', 'seq'] });
    };
    return new Outbox(await done(request));
  }

  async putTake(take: TakeRecord): Promise<void> {
    const transaction = this.db.transaction(TAKES, 'readwrite');
    transaction.objectStore(TAKES).put(take);
    await committed(transaction);
  }

  async takes(): Promise<TakeRecord[]> {
    return done(this.db.transaction(TAKES).objectStore(TAKES).getAll() as IDBRequest<TakeRecord[]>);
  }

  async deleteTake(takeId: string): Promise<void> {
    const transaction = this.db.transaction([TAKES, CHUNKS], 'readwrite');
    transaction.objectStore(TAKES).delete(takeId);
    transaction.objectStore(CHUNKS).delete(chunksOf(takeId));
    await committed(transaction);
  }

  async putChunk(chunk: ChunkRecord): Promise<void> {
    const transaction = this.db.transaction(CHUNKS, 'readwrite');
    transaction.objectStore(CHUNKS).put(chunk);
    await committed(transaction);
  }

  /** The oldest chunk of the take still waiting, or null. */
  async firstChunk(takeId: string): Promise<ChunkRecord | null> {
    const store = this.db.transaction(CHUNKS).objectStore(CHUNKS);
    const found = await done(store.getAll(chunksOf(takeId), 1) as IDBRequest<ChunkRecord[]>);
    return found[0] ?? null;
  }

  async countChunks(takeId: string): Promise<number> {
    return done(this.db.transaction(CHUNKS).objectStore(CHUNKS).count(chunksOf(takeId)));
  }

  /** Bytes of the take's chunks still waiting (read one at a time: an outage may have left many). */
  async pendingBytes(takeId: string): Promise<number> {
    const cursor = this.db.transaction(CHUNKS).objectStore(CHUNKS).openCursor(chunksOf(takeId));
    return new Promise((resolve, reject) => {
      let bytes = 0;
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current) return resolve(bytes);
        bytes += (current.value as ChunkRecord).pcm.byteLength;
        current.continue();
      };
    });
  }

  /** The seq of the first waiting chunk at or after `offset` (earlier ones are inside a saved recording). */
  async firstChunkFrom(takeId: string, offset: number): Promise<ChunkRecord | null> {
    for (let chunk = await this.firstChunk(takeId); chunk; chunk = await this.firstChunk(takeId)) {
      if (chunk.offset + chunk.pcm.byteLength > offset) return chunk;
      await this.deleteChunksBelow(takeId, chunk.seq + 1);
    }
    return null;
  }

  /** Drops chunks before `seq` (acknowledged, or already inside a saved recording). */
  async deleteChunksBelow(takeId: string, seq: number): Promise<void> {
    const transaction = this.db.transaction(CHUNKS, 'readwrite');
    transaction.objectStore(CHUNKS).delete(IDBKeyRange.bound([takeId, 0], [takeId, seq], false, true));
    await committed(transaction);
  }

  close(): void {
    this.db.close();
  }
}

function chunksOf(takeId: string): IDBKeyRange {
  return IDBKeyRange.bound([takeId, 0], [takeId, Number.MAX_SAFE_INTEGER]);
}
