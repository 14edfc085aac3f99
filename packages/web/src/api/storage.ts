export type { StorageReport, StoredRecording } from '@furikaeri/core';
