import fs from 'node:fs';

/** Changes one byte of a file in place, as an editor or a failing disk would. */
export function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  if (offset >= bytes.length) throw new Error(`${file} has only ${bytes.length} bytes`);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  fs.writeFileSync(file, bytes);
}

/** The member names of a ustar archive (512-byte headers, contents padded to 512 bytes). */
export function tarMembers(archive: Buffer): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim(), 8);
    names.push(name);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}
