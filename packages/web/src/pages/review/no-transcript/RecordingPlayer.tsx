import type { RecordingView, SpeechRegion, Transcript } from '@furikaeri/core';
import { useMemo, useState } from 'react';
import { fetchSpeechRegions } from '../../../api/speech';
import { useResource } from '../../../hooks/useResource';
import { useLocale } from '../../../i18n/LocaleContext';
import { noTranscriptText as T } from '../../../i18n/strings/no-transcript';
import { PlayerPanel } from '../player/PlayerPanel';
import { usePlayback } from '../player/usePlayback';

const SPEECH = 'speech';
const NO_REGIONS: SpeechRegion[] = [];

/** Speech regions drawn as the turns of one speaker, so the waveform shows where someone talked. */
function regionsAsTurns(regions: readonly SpeechRegion[], label: string): Pick<Transcript, 'speakers' | 'segments'> {
  return {
    speakers: [{ key: SPEECH, label, role: 'unknown' }],
    segments: regions.map((region, index) => ({
      id: `speech-${index + 1}`,
      speaker: SPEECH,
      startMs: region.startMs,
      endMs: region.endMs,
      text: '',
      confidence: null,
    })),
  };
}

/** Player, waveform and (when detected) the speech regions of a recording that has no transcript yet. */
export function RecordingPlayer({ recording }: { recording: RecordingView }) {
  const { t } = useLocale();
  const detected = useResource(`speech-regions:${recording.id}`, () => fetchSpeechRegions(recording.id));
  const regions = detected.data ?? NO_REGIONS;
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const durationMs = recording.pcm?.durationMs ?? recording.media?.durationMs ?? 0;
  const [state, controls] = usePlayback(audio, durationMs);
  const turns = useMemo(() => regionsAsTurns(regions, t(T.speech)), [regions, t]);
  return (
    <section className="card review__player" aria-label={t(T.player)} data-testid="no-transcript-player">
      <PlayerPanel
        recording={recording}
        transcript={turns}
        audio={audio}
        onAudio={setAudio}
        drawRegions
        joinGapMs={0}
        state={state}
        controls={controls}
        durationMs={durationMs}
      />
      {regions.length > 0 && (
        <p className="meta-text" data-testid="speech-regions">
          {t(T.speechRegions(regions.length))}
        </p>
      )}
    </section>
  );
}
