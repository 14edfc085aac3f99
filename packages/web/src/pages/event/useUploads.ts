import type { IngestResult } from '@furikaeri/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type UploadHandle, uploadRecording } from '../../api/upload';

export interface UploadItem {
  key: number;
  name: string;
  size: number;
  loaded: number;
  status: 'queued' | 'uploading' | 'failed';
  error: unknown;
}

export interface Uploads {
  items: UploadItem[];
  add(files: File[]): void;
  cancel(key: number): void;
  dismiss(key: number): void;
}

/**
 * Sends dropped or picked files one after another (the server decodes one at a time anyway).
 * A finished upload leaves the list: its recording appears in the event's list instead.
 */
export function useUploads(eventId: string, onUploaded: (result: IngestResult) => void): Uploads {
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<number, File>());
  const active = useRef<{ key: number; handle: UploadHandle } | null>(null);
  const nextKey = useRef(1);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  const patch = useCallback((key: number, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const next = items.find((item) => item.status === 'queued');
  const busy = items.some((item) => item.status === 'uploading');

  useEffect(() => {
    const file = next ? files.current.get(next.key) : undefined;
    // `active` also guards against a second start when React runs the effect twice (StrictMode).
    if (!next || busy || !file || active.current) return;
    const key = next.key;
    const handle = uploadRecording(eventId, file, (loaded) => patch(key, { loaded }));
    active.current = { key, handle };
    patch(key, { status: 'uploading' });
    const settle = () => {
      files.current.delete(key);
      if (active.current?.key === key) active.current = null;
    };
    handle.done.then(
      (result) => {
        settle();
        setItems((current) => current.filter((item) => item.key !== key));
        onUploadedRef.current(result);
      },
      (error: unknown) => {
        settle();
        patch(key, { status: 'failed', error });
      },
    );
  }, [next, busy, eventId, patch]);

  // Closing the tab mid-upload would lose the file: ask the browser to confirm first.
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);

  const add = useCallback((picked: File[]) => {
    const added = picked.map((file) => {
      const key = nextKey.current++;
      files.current.set(key, file);
      return { key, name: file.name, size: file.size, loaded: 0, status: 'queued' as const, error: null };
    });
    setItems((current) => [...current.filter((item) => item.status !== 'failed'), ...added]);
  }, []);

  const cancel = useCallback((key: number) => {
    if (active.current?.key === key) active.current.handle.abort();
    else {
      files.current.delete(key);
      setItems((current) => current.filter((item) => item.key !== key));
    }
  }, []);

  const dismiss = useCallback((key: number) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  return { items, add, cancel, dismiss };
}
