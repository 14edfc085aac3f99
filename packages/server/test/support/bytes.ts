/** Flips bits of one byte in place, as a failing disk or a tamperer would. */
export function flipByte(bytes: Buffer, offset: number, mask = 0x01): void {
  bytes.writeUInt8(bytes.readUInt8(offset) ^ mask, offset);
}
