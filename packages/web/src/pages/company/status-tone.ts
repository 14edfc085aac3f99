import type { ApplicationStatus } from '@furikaeri/core';
import type { Tone } from '../../components/Badge';

export const APPLICATION_STATUS_TONE: Record<ApplicationStatus, Tone> = {
  considering: 'neutral',
  applied: 'info',
  in_progress: 'info',
  offer: 'success',
  accepted: 'success',
  rejected: 'muted',
  withdrawn: 'muted',
};
