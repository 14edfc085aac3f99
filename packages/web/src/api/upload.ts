import type { IngestResult } from '@furikaeri/core';
import { ApiError, errorFromBody, NETWORK_ERROR } from './errors';
import { reportStatus } from './session';

export interface UploadHandle<T = IngestResult> {
  done: Promise<T>;
  abort(): void;
}

const ABORTED = { ja: 'アップロードを中止しました', en: 'Upload cancelled' };

/**
 * Sends the file as the raw request body (the server streams and hashes it; no multipart), with the
 * name percent-encoded in a header since header values are ASCII. XHR rather than fetch: it reports
 * upload progress.
 */
export function postFile<T>(
  path: string,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      reportStatus(xhr.status);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromBody(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', NETWORK_ERROR));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', ABORTED));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

export function uploadRecording(
  eventId: string,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle {
  return postFile<IngestResult>(`/events/${encodeURIComponent(eventId)}/recordings`, file, onProgress);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
