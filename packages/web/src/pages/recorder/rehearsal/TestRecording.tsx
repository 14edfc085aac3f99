import { LEVEL_WARNINGS } from '@furikaeri/core';
import { useEffect, useRef, useState } from 'react';
import { Notice } from '../../../components/Notice';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import type { CaptureGraph } from '../capture/capture-graph';
import { playTest, type TestResult, type TestTake } from '../session/test-take';

const TEST_SECONDS = 10;

type TestState = { kind: 'idle' } | { kind: 'recording'; left: number } | { kind: 'done'; result: TestResult };

/** Ten seconds recorded, played back at once, and checked for silence, a very low level and clipping. */
export function TestRecording({
  test,
  graph,
  disabled,
}: {
  test: TestTake;
  graph: CaptureGraph | null;
  disabled: boolean;
}) {
  const { t } = useLocale();
  const [state, setState] = useState<TestState>({ kind: 'idle' });
  const [playing, setPlaying] = useState(false);
  const stopPlayback = useRef<(() => void) | null>(null);

  useEffect(() => () => stopPlayback.current?.(), []);

  const play = (result: TestResult) => {
    stopPlayback.current?.();
    setPlaying(true);
    stopPlayback.current = playTest(result, () => setPlaying(false));
  };

  const run = async () => {
    if (!graph) return;
    setState({ kind: 'recording', left: TEST_SECONDS });
    const started = Date.now();
    const timer = setInterval(() => {
      const left = Math.max(0, TEST_SECONDS - Math.floor((Date.now() - started) / 1000));
      setState((current) => (current.kind === 'recording' ? { kind: 'recording', left } : current));
    }, 250);
    try {
      const result = await test.record(graph, TEST_SECONDS);
      setState({ kind: 'done', result });
      play(result);
    } finally {
      clearInterval(timer);
    }
  };

  return (
    <div className="test-recording" data-testid="test-recording" data-state={state.kind}>
      <div className="test-recording__actions">
        <button
          type="button"
          className="button"
          onClick={() => void run()}
          disabled={disabled || !graph || state.kind === 'recording'}
          data-testid="test-record"
        >
          {state.kind === 'recording' ? t(recorderText.testRecording(state.left)) : t(recorderText.testRecord)}
        </button>
        {state.kind === 'done' &&
          (playing ? (
            <button type="button" className="button button--quiet" onClick={() => stopPlayback.current?.()}>
              {t(recorderText.stopPlayback)}
            </button>
          ) : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => play(state.result)}
              data-testid="test-play"
            >
              {t(recorderText.playAgain)}
            </button>
          ))}
      </div>
      {state.kind === 'done' && playing && <p className="meta-text">{t(recorderText.testPlaying)}</p>}
      {state.kind === 'done' &&
        (state.result.warnings.length === 0 ? (
          <Notice tone="success" testId="test-fine">
            <p>{t(recorderText.testFine(Math.round(state.result.speechDb)))}</p>
          </Notice>
        ) : (
          state.result.warnings.map((warning) => (
            <Notice key={warning} tone="warning" testId={`test-warning-${warning}`}>
              <p>{t(LEVEL_WARNINGS[warning])}</p>
            </Notice>
          ))
        ))}
      <p className="meta-text">{t(recorderText.testNotKept)}</p>
    </div>
  );
}
