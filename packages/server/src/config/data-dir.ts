import os from 'node:os';
import path from 'node:path';

/**
 * Where the user's data lives: FURIKAERI_HOME if set, else the platform's per-user data folder
 * (XDG_DATA_HOME on Linux, Application Support on macOS, APPDATA on Windows).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FURIKAERI_HOME) return path.resolve(env.FURIKAERI_HOME);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'furikaeri');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'furikaeri');
  const xdgDataHome = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : undefined;
  return path.join(xdgDataHome ?? path.join(home, '.local', 'share'), 'furikaeri');
}
