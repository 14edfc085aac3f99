import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelLocator } from '../src/models/locator';
import type { RunningServer } from '../src/server';
import { startServer } from '../src/server';
import { createRecognizerFactory } from '../src/speech/recognizer-factory';
import { interviewScript } from './speech/support/pipeline';
import { SHARED_FIXTURES_PRESENT, SHARED_INTERVIEW_WAV, writeTone } from './support/audio-files';
import { recordConnections } from './support/connection-recorder';
import { TEST_PASSPHRASE, type TempSession, tempDir, tempSession } from './support/temp-context';

const SECRET_NOTE = '一番苦労したことは文化祭の実行委員長として予算を立て直したことです';
const SECRET_COMPANY = '株式会社ひみつ商事';
/** Said in the fixture; the fake engine "hears" it, so it ends up in the transcript, the index and the report. */
const SPOKEN_PHRASE = '決済システムの開発と運用';

let env: TempSession;
let server: RunningServer;
let audioFile: string;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** 64-byte runs of the recording's own samples, from the original's data and from the decoded PCM. */
function sampleRuns(): Buffer[] {
  const original = fs.readFileSync(audioFile);
  const runs = [original.subarray(original.length / 2, original.length / 2 + 64)];
  // The shared fixture is 16 kHz mono s16le: the decoded PCM is its data chunk, so this run is in both.
  runs.push(original.subarray(original.length - 4_096, original.length - 4_032));
  return runs;
}

beforeAll(async () => {
  const scriptFile = path.join(tempDir(), 'script.json');
  fs.writeFileSync(scriptFile, JSON.stringify(SHARED_FIXTURES_PRESENT ? interviewScript() : []));
  // The one fake: the recogniser (no model can be downloaded here). VAD, diarization, kuromoji are real.
  const fakeAsr = { FURIKAERI_FAKE_ASR: '1', FURIKAERI_FAKE_ASR_SCRIPT: scriptFile };
  env = tempSession({ runWorker: true, recognizers: createRecognizerFactory(createModelLocator(tempDir()), fakeAsr) });
  audioFile = SHARED_FIXTURES_PRESENT
    ? SHARED_INTERVIEW_WAV
    : writeTone(path.join(tempDir(), 'interview.wav'), { seconds: 20, sampleRate: 16_000 });
  server = await startServer(env.session, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await env.cleanup();
});

async function api(pathname: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${server.token}`);
  return fetch(`${server.url}${pathname}`, { ...init, headers });
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('data at rest and on the wire', () => {
  it('runs set-up → upload → import → transcribe (fake recogniser) → analyse with no connection beyond loopback', async () => {
    const connections = recordConnections();
    try {
      expect(
        (await api('/api/vault/setup', { method: 'POST', body: JSON.stringify({ passphrase: TEST_PASSPHRASE }) }))
          .status,
      ).toBe(201);
      const company = await json<{ id: string }>(
        await api('/api/companies', { method: 'POST', body: JSON.stringify({ name: SECRET_COMPANY }) }),
      );
      const event = await json<{ id: string }>(
        await api('/api/events', {
          method: 'POST',
          body: JSON.stringify({ companyId: company.id, type: 'interview', round: 'first', notes: SECRET_NOTE }),
        }),
      );
      const upload = await api(`/api/events/${event.id}/recordings`, {
        method: 'POST',
        body: fs.readFileSync(audioFile),
        headers: { 'x-file-name': encodeURIComponent('面接.wav') },
      });
      expect(upload.status).toBe(201);
      const { recording } = await json<{ recording: { id: string } }>(upload);
      let stages: string[] = [];
      for (let i = 0; i < 1_200 && !stages.some((stage) => stage.startsWith('analyse:')); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const current = await json<{ jobs: { type: string; status: string }[] }>(
          await api(`/api/recordings/${recording.id}`),
        );
        stages = current.jobs.map((job) => `${job.type}:${job.status}`);
        if (stages.at(-1) === 'analyse:running') stages.pop();
      }
      expect(stages).toEqual(['import:succeeded', 'transcribe:succeeded', 'analyse:succeeded']);
      if (SHARED_FIXTURES_PRESENT) {
        const report = await api(`/api/events/${event.id}/analysis.md`);
        expect(await report.text()).toContain(SPOKEN_PHRASE);
      }
      const played = await api(`/api/recordings/${recording.id}/audio`, { headers: { range: 'bytes=0-99' } });
      expect(played.status).toBe(206);
    } finally {
      connections.stop();
    }
    expect(connections.attempts.length).toBeGreaterThan(0);
    expect(connections.attempts.filter((attempt) => !attempt.loopback)).toEqual([]);
    expect(connections.dnsLookups.filter((host) => host !== 'localhost')).toEqual([]);
  });

  it('leaves no file under the data folder holding a known phrase, a company name or a run of samples', async () => {
    await env.session.lock();
    const files = filesUnder(env.dataDir);
    expect(files.some((file) => file.endsWith('.fka'))).toBe(true);
    expect(files.some((file) => file.endsWith('furikaeri.db'))).toBe(true);
    const needles = [Buffer.from(SECRET_NOTE.slice(0, 12)), Buffer.from(SECRET_COMPANY), ...sampleRuns()];
    if (SHARED_FIXTURES_PRESENT) needles.push(Buffer.from(SPOKEN_PHRASE));
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} contains plaintext`).toBe(false);
    }
    expect(fs.existsSync(path.join(env.dataDir, 'tmp')) ? fs.readdirSync(path.join(env.dataDir, 'tmp')) : []).toEqual(
      [],
    );
  });
});
