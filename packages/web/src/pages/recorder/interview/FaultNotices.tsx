import type { Message } from '@furikaeri/core';
import { Notice } from '../../../components/Notice';
import { useLocale } from '../../../i18n/LocaleContext';
import { recorderText } from '../../../i18n/strings/recorder';
import { accessFaultText, faultText, nothingRecordedYet, whatIsSaved } from '../../../i18n/strings/recorder-faults';
import type { RecorderController } from '../session/recorder-controller';
import type { RecorderSnapshot } from '../session/recorder-state';
import { useNow } from './useNow';

function Fault({
  title,
  body,
  tone,
  testId,
}: {
  title: Message;
  body: Message[];
  tone: 'error' | 'warning';
  testId: string;
}) {
  const { t } = useLocale();
  return (
    <Notice tone={tone} testId={testId}>
      <p className="fault__title">{t(title)}</p>
      {body.map((line) => (
        <p key={line.en}>{t(line)}</p>
      ))}
    </Notice>
  );
}

/**
 * Everything that went wrong, each with what to do and exactly what is saved. Capture faults (the
 * microphone) and send faults (the server) are independent: both can show at once.
 */
export function FaultNotices({ controller, snapshot }: { controller: RecorderController; snapshot: RecorderSnapshot }) {
  const { t } = useLocale();
  const now = useNow(snapshot.send.fault !== null);
  const { captureFault, send, capturedMs } = snapshot;
  const started = snapshot.phase !== 'setup' && snapshot.phase !== 'starting';
  const saved = whatIsSaved(send.savedMs, Math.max(0, capturedMs - send.savedMs));
  const notices = [];

  if (captureFault?.kind === 'access') {
    const text = accessFaultText[captureFault.fault];
    notices.push(
      <Fault
        key="access"
        tone="error"
        testId={`fault-${captureFault.fault}`}
        title={text.title}
        body={[text.body, started ? saved : nothingRecordedYet]}
      />,
    );
  } else if (captureFault?.kind === 'device_lost' && captureFault.which === 'microphone') {
    notices.push(
      <Fault
        key="mic"
        tone="error"
        testId="fault-mic-lost"
        title={faultText.micLost.title}
        body={[faultText.micLost.body(captureFault.atMs), saved]}
      />,
    );
  } else if (captureFault?.kind === 'device_lost') {
    notices.push(
      <Fault
        key="remote"
        tone="warning"
        testId="fault-remote-lost"
        title={faultText.remoteLost.title}
        body={[faultText.remoteLost.body, saved]}
      />,
    );
  } else if (captureFault?.kind === 'stalled') {
    notices.push(
      <Fault
        key="stalled"
        tone="warning"
        testId="fault-stalled"
        title={faultText.stalled.title}
        body={[faultText.stalled.body, saved]}
      />,
    );
  } else if (captureFault?.kind === 'failed') {
    notices.push(
      <Fault
        key="failed"
        tone="error"
        testId="fault-failed"
        title={faultText.failed.title}
        body={[captureFault.message, nothingRecordedYet]}
      />,
    );
  }

  const fault = send.fault;
  if (fault) {
    const since = now - (send.faultSince ?? now);
    const [title, body] =
      fault.kind === 'unreachable'
        ? [faultText.unreachable.title(since), faultText.unreachable.body]
        : fault.kind === 'unauthorized'
          ? [faultText.unauthorized.title, faultText.unauthorized.body]
          : fault.kind === 'locked'
            ? [faultText.locked.title, faultText.locked.body]
            : fault.kind === 'disk_full'
              ? [faultText.diskFull.title, fault.error.userMessage]
              : [faultText.rejected.title, fault.error.userMessage];
    const state = snapshot.phase === 'stopping' ? faultText.stoppedWaiting : faultText.stillRecording;
    notices.push(
      <Fault key="send" tone="error" testId={`fault-${fault.kind}`} title={title} body={[body, state, saved]} />,
    );
  }

  if (snapshot.continued > 0) {
    notices.push(
      <Notice key="continued" tone="info" testId="notice-continued">
        <p>{t(recorderText.continued(snapshot.continued))}</p>
      </Notice>,
    );
  }
  if (snapshot.silent && snapshot.phase === 'recording') {
    notices.push(
      <Notice key="silent" tone="warning" testId="notice-silent">
        <p>{t(recorderText.silent)}</p>
      </Notice>,
    );
  }
  if (snapshot.backgroundMs !== null) {
    notices.push(
      <Notice
        key="background"
        tone="info"
        testId="notice-background"
        onDismiss={() => controller.dismissBackgroundNotice()}
      >
        <p>{t(recorderText.backgroundReturn(snapshot.backgroundMs))}</p>
        <p>{t(saved)}</p>
      </Notice>,
    );
  }
  return notices.length > 0 ? <div className="fault-notices">{notices}</div> : null;
}
