import type { RetentionPolicy } from '@furikaeri/core';
import { request } from './http';

export const retentionApi = {
  get: () => request<RetentionPolicy>('GET', '/settings/retention'),
  set: (audioDaysAfterClose: number | null) =>
    request<RetentionPolicy>('PUT', '/settings/retention', { audioDaysAfterClose }),
};
