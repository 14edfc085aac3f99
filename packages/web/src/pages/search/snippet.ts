export interface SnippetPart {
  text: string;
  marked: boolean;
}

const OPEN = '⟦';
const CLOSE = '⟧';

/**
 * The server marks matches with ⟦ ⟧ inside plain text. The parts become text nodes and <mark> elements —
 * never HTML — so a transcript containing "<b>" shows "<b>". An unmatched bracket is kept as text.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    const close = open < 0 ? -1 : rest.indexOf(CLOSE, open + 1);
    if (open < 0 || close < 0) {
      push(parts, rest, false);
      break;
    }
    push(parts, rest.slice(0, open), false);
    push(parts, rest.slice(open + 1, close), true);
    rest = rest.slice(close + 1);
  }
  return parts;
}

function push(parts: SnippetPart[], text: string, marked: boolean): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.marked === marked) last.text += text;
  else parts.push({ text, marked });
}
