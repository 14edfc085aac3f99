import type { AnalysisReport } from '@furikaeri/core';
import { useEffect, useRef } from 'react';
import { analysisApi } from '../../../api/analysis';
import { subscribeToStream } from '../../../api/stream';
import { type Resource, useResource } from '../../../hooks/useResource';

/**
 * The event's analysis report, loaded once there is a transcript and again whenever its text or roles change
 * (the server re-analyses a stale report on request) or an analyse job of this event succeeds. `version` is
 * the transcript's updatedAt, or null without a transcript. The shown report stays until the new one arrives.
 */
export function useAnalysis(eventId: string, version: string | null): Resource<AnalysisReport | null> {
  const versionRef = useRef(version);
  versionRef.current = version;
  const resource = useResource(`analysis:${eventId}`, async () =>
    versionRef.current === null ? null : (await analysisApi.current(eventId)).report,
  );
  const { reload } = resource;
  const loadedVersion = useRef(version);

  useEffect(() => {
    if (loadedVersion.current === version) return;
    loadedVersion.current = version;
    void reload();
  }, [version, reload]);

  useEffect(
    () =>
      subscribeToStream({
        onMessage(message) {
          if (message.type !== 'job') return;
          const { job } = message;
          if (job.type === 'analyse' && job.status === 'succeeded' && job.eventId === eventId) void reload();
        },
      }),
    [eventId, reload],
  );

  return resource;
}
