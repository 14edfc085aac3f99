/**
 * A furikaeri server in a process of its own, so the recorder's crash tests can `kill -9` it mid-recording
 * and start it again on the same port, token and data folder (child-server.ts spawns it). Settings come
 * from the environment; it prints one JSON line when it listens.
 */
import { createLibrarySession, startServer, TEST_SCRYPT } from '@furikaeri/server';

const env = process.env;
const dataDir = env.FURIKAERI_TEST_DATA_DIR ?? '';
const passphrase = env.FURIKAERI_TEST_PASSPHRASE ?? '';
const number = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

const session = createLibrarySession({
  dataDir,
  scrypt: TEST_SCRYPT,
  runWorker: true,
  failedUnlockDelayMs: 0,
  live: {
    graceMs: number(env.FURIKAERI_TEST_GRACE_MS, 30_000),
    idleMs: number(env.FURIKAERI_TEST_IDLE_MS, 300_000),
    sweepMs: 250,
  },
});
if (session.vault.exists()) await session.unlock(passphrase);
else await session.setup(passphrase);
const server = await startServer(session, {
  port: number(env.FURIKAERI_TEST_PORT, 0),
  token: env.FURIKAERI_TEST_TOKEN || undefined,
});
process.stdout.write(
  `${JSON.stringify({ url: server.url, loginUrl: server.loginUrl, port: server.port, token: server.token })}\n`,
);
const stop = async () => {
  await server.close();
  await session.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
