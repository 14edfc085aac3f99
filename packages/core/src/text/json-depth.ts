/**
 * Nothing the app reads or accepts nests deeper than a few levels (a transcript is 3–4 deep). Deeper input
 * is refused before it is parsed: recursive readers and JSON.stringify would otherwise run out of stack
 * ("Maximum call stack size exceeded") on 100 000 levels, a crash where a clear refusal belongs.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Where (offset) the text's brackets first nest deeper than `maxDepth`, or null when they never do. One
 * pass, no recursion, strings and their escapes skipped, so any length and any nesting is safe to scan.
 */
export function jsonTooDeepAt(text: string, maxDepth = MAX_JSON_DEPTH): number | null {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (inString) {
      if (char === 0x5c)
        at += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return at;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return null;
}
