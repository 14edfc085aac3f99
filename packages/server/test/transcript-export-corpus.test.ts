import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decodeJapaneseText,
  detectTranscriptFormat,
  type EventType,
  readTranscriptFile,
  type SpeakerRole,
  splitSpeakersByContent,
  withInferredRoles,
} from '@furikaeri/core';
import { describe, expect, it } from 'vitest';

/** The export corpus: files in each exporter's layout and what must be read from them (see expected.json). */
const CORPUS = fileURLToPath(new URL('../../core/test/fixtures/exports/', import.meta.url));

interface Row {
  file: string;
  format: string;
  speakers: string[];
  segments: number;
  warnings: number[];
  texts: Record<string, string>;
  eventType?: EventType;
  roles?: Record<string, SpeakerRole>;
  splitByContent?: string[];
}

const rows = (JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as { files: Row[] }).files;

describe('export corpus: real layouts read as the table says', () => {
  it.each(rows.map((row) => [row.file, row] as const))('%s', (file, row) => {
    // As the import service reads an upload: bytes decoded (UTF-8, else Shift_JIS), format from name or content.
    const text = decodeJapaneseText(new Uint8Array(fs.readFileSync(path.join(CORPUS, file)))).text;
    expect(detectTranscriptFormat(file, text)).toBe(row.format);
    expect(detectTranscriptFormat('upload', text)).toBe(row.format === 'text' ? 'text' : row.format);
    const { content, warnings } = readTranscriptFile(file, text);
    expect(content.speakers.map((speaker) => speaker.label)).toEqual(row.speakers);
    expect(content.segments).toHaveLength(row.segments);
    expect(warnings.map((warning) => warning.line)).toEqual(row.warnings);
    for (const [id, expected] of Object.entries(row.texts)) {
      expect(content.segments.find((segment) => segment.id === id)?.text).toBe(expected);
    }
    if (row.roles) {
      const guessed = withInferredRoles(content, { eventType: row.eventType ?? 'interview' }).content;
      expect(Object.fromEntries(guessed.speakers.map((speaker) => [speaker.label, speaker.role]))).toEqual(row.roles);
    }
    if (row.splitByContent) {
      expect(splitSpeakersByContent(content)?.segments.map((segment) => segment.speaker)).toEqual(row.splitByContent);
    }
  });
});
