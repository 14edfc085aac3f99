import type { ApiError } from '../../../api/errors';

/** Why chunks are waiting; the recording screen words each one. */
export type SendFault =
  | { kind: 'unreachable' }
  | { kind: 'unauthorized' }
  | { kind: 'locked' }
  | { kind: 'disk_full'; error: ApiError }
  | { kind: 'rejected'; error: ApiError };

/** How long to wait before trying again: soon for a restarting server, less often for a full disk. */
export const RETRY_MS: Record<SendFault['kind'], number> = {
  unreachable: 2_000,
  unauthorized: 3_000,
  locked: 3_000,
  disk_full: 5_000,
  rejected: 5_000,
};

export function faultOf(error: ApiError): SendFault {
  if (error.status === 401) return { kind: 'unauthorized' };
  if (error.status === 423) return { kind: 'locked' };
  if (error.code === 'disk_full') return { kind: 'disk_full', error };
  if (error.status === 0 || error.status >= 500) return { kind: 'unreachable' };
  return { kind: 'rejected', error };
}
