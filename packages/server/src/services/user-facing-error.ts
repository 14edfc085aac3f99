import path from 'node:path';
import { DATABASE_FILE } from '../db/database';
import { diskFullError, isDiskFull, NOTHING_OF_THIS_REQUEST } from './disk-full';
import { databaseDamaged, isDatabaseDamaged } from './storage-damage';

/**
 * The last word on an error nobody closer to it explained: a full disk or a damaged database becomes the
 * sentence a person can act on (ja/en), whatever route or command ran into it. Anything else is passed on.
 */
export function userFacingError(error: unknown, dataDir: string): unknown {
  if (isDiskFull(error)) return diskFullError(NOTHING_OF_THIS_REQUEST);
  if (isDatabaseDamaged(error)) return databaseDamaged(path.join(dataDir, DATABASE_FILE));
  return error;
}
