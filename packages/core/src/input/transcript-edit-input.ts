import { TRANSCRIPT_EDIT_OPS, type TranscriptEdit } from '../transcript/edit';
import { SPEAKER_ROLES } from '../transcript/model';
import { FieldReader } from './fields';

/** Reads one edit from an HTTP body; the values themselves are checked again when the edit is applied. */
export function parseTranscriptEdit(input: unknown): TranscriptEdit {
  const fields = new FieldReader(input);
  const op = fields.oneOf('op', TRANSCRIPT_EDIT_OPS);
  const edit = readEdit(fields, op);
  fields.done();
  return edit;
}

function readEdit(fields: FieldReader, op: TranscriptEdit['op']): TranscriptEdit {
  switch (op) {
    case 'rename-speaker':
      return { op, speaker: fields.text('speaker', { required: true }), label: fields.text('label', { max: 40 }) };
    case 'set-role':
      return {
        op,
        speaker: fields.text('speaker', { required: true }),
        role: fields.oneOf('role', SPEAKER_ROLES),
        ...(fields.raw('remember') === true ? { remember: true } : {}),
      };
    case 'add-speaker':
      return { op, label: fields.text('label', { max: 40 }), role: fields.oneOf('role', SPEAKER_ROLES, 'unknown') };
    case 'edit-text':
      return { op, segmentId: fields.text('segmentId', { required: true }), text: fields.text('text', { max: 5_000 }) };
    case 'reassign':
      return { op, segmentId: fields.text('segmentId', { required: true }), speaker: fields.text('speaker') };
    case 'split':
      return { op, segmentId: fields.text('segmentId', { required: true }), atChar: readCharIndex(fields) };
    case 'merge-next':
      return { op, segmentId: fields.text('segmentId', { required: true }) };
  }
}

function readCharIndex(fields: FieldReader): number {
  const value = fields.raw('atChar');
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  fields.fail('atChar', { ja: '分割位置を指定してください', en: 'Give the split position' });
  return 0;
}
