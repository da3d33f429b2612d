import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'sifa-ledger';

/** LEDGER_DATA_DIR wins (tests, portable use); otherwise the user's application-data folder, as Electron's appData. */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env['LEDGER_DATA_DIR']?.trim();
  if (override) return path.resolve(override);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), APP_FOLDER);
}
