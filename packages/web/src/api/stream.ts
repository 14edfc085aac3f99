import type { StreamMessage } from '@furikaeri/core';
import { reportMaybeLocked } from './session';

export interface StreamListener {
  onMessage(message: StreamMessage): void;
  /** The stream (re)connected: changes may have been missed meanwhile, so reload what is shown. */
  onReady?(): void;
}

const EVENT_NAMES = ['job', 'recording', 'recording-deleted'] as const;
const listeners = new Set<StreamListener>();
let source: EventSource | null = null;

/** One shared EventSource on /api/stream for the whole page, open while anyone listens. */
export function subscribeToStream(listener: StreamListener): () => void {
  listeners.add(listener);
  source ??= connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}

function connect(): EventSource {
  const stream = new EventSource('/api/stream', { withCredentials: true });
  // Locking the library ends the stream; so does a stopped server. Either way, look at the vault again.
  stream.addEventListener('error', () => reportMaybeLocked());
  stream.addEventListener('ready', () => {
    for (const listener of listeners) listener.onReady?.();
  });
  for (const name of EVENT_NAMES) {
    stream.addEventListener(name, (event) => {
      const message = parse((event as MessageEvent<string>).data);
      if (!message) return;
      for (const listener of listeners) listener.onMessage(message);
    });
  }
  return stream;
}

function parse(data: string): StreamMessage | null {
  try {
    const value: unknown = JSON.parse(data);
    return value !== null && typeof value === 'object' && 'type' in value ? (value as StreamMessage) : null;
  } catch {
    return null;
  }
}
