import { useCallback, useEffect, useRef, useState } from 'react';

export interface AnswerRecording {
  state: 'idle' | 'recording' | 'done';
  /** How long I spoke, from start to stop. */
  spokenMs: number | null;
  /** The take, for playing back in this tab only: it is not uploaded or kept. */
  audioUrl: string | null;
  error: unknown;
  start(): Promise<void>;
  stop(): void;
  reset(): void;
}

/**
 * Records a spoken practice answer with the microphone (voice processing off, as the interview recorder
 * does, for a faithful pace): it times the answer and lets me listen to it. Without a speech model the
 * words are typed; the spoken time then gives the pace.
 */
export function useAnswerRecorder(): AnswerRecording {
  const [state, setState] = useState<AnswerRecording['state']>('idle');
  const [spokenMs, setSpokenMs] = useState<number | null>(null);
  const [audioUrl, setAudioUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const recorder = useRef<MediaRecorder | null>(null);

  const reset = useCallback(() => {
    setAudioUrl((url) => {
      if (url) URL.revokeObjectURL(url);
      return null;
    });
    setSpokenMs(null);
    setState('idle');
  }, []);
  useEffect(
    () => () => {
      for (const track of recorder.current?.stream.getTracks() ?? []) track.stop();
    },
    [],
  );

  const start = useCallback(async () => {
    setError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      const startedAt = performance.now();
      media.addEventListener('dataavailable', (event) => chunks.push(event.data));
      media.addEventListener('stop', () => {
        for (const track of stream.getTracks()) track.stop();
        setSpokenMs(Math.round(performance.now() - startedAt));
        setAudioUrl(URL.createObjectURL(new Blob(chunks, { type: media.mimeType })));
        setState('done');
      });
      media.start();
      recorder.current = media;
      setState('recording');
    } catch (caught) {
      setError(caught);
    }
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  return { state, spokenMs, audioUrl, error, start, stop, reset };
}
