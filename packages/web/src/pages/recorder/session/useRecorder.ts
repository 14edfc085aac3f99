import { useEffect, useState, useSyncExternalStore } from 'react';
import { Outbox } from '../upload/outbox';
import { RecorderController } from './recorder-controller';
import type { RecorderSnapshot } from './recorder-state';

/** The outbox (IndexedDB) the recorder needs before it can record anything. */
export function useOutbox(): { outbox: Outbox | null; error: unknown } {
  const [state, setState] = useState<{ outbox: Outbox | null; error: unknown }>({ outbox: null, error: null });
  useEffect(() => {
    let opened: Outbox | null = null;
    Outbox.open().then(
      (outbox) => {
        opened = outbox;
        setState({ outbox, error: null });
      },
      (error: unknown) => setState({ outbox: null, error }),
    );
    return () => opened?.close();
  }, []);
  return state;
}

/** One controller per recorder screen; leaving the screen mid-recording saves the recording. */
export function useRecorder(eventId: string, outbox: Outbox): [RecorderController, RecorderSnapshot] {
  const [controller] = useState(() => new RecorderController(eventId, outbox));
  useEffect(() => () => void controller.dispose(), [controller]);
  const snapshot = useSyncExternalStore(controller.state.subscribe, controller.state.get);
  return [controller, snapshot];
}
