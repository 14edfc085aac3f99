/** A line of an imported file with its 1-based number, for error messages that point at it. */
export interface NumberedLine {
  number: number;
  text: string;
}

export function numberedLines(text: string): NumberedLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line }));
}

/** Groups lines into blank-line separated blocks, as both subtitle formats are written. */
export function blocksOf(lines: NumberedLine[]): NumberedLine[][] {
  const blocks: NumberedLine[][] = [];
  let current: NumberedLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
