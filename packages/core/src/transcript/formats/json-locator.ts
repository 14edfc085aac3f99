/**
 * JSON.parse says what is wrong but not reliably where (V8 sometimes omits the position). This scanner walks
 * the text once and records where each value starts, keyed by its path ("segments.3.startMs"), and where the
 * first syntax error is, so that both syntax and content errors can name a line.
 */
export interface JsonLocations {
  /** Offset of the first syntax error, or null when the text is valid JSON. */
  errorOffset: number | null;
  offsets: Map<string, number>;
}

export function locateJson(text: string): JsonLocations {
  const offsets = new Map<string, number>();
  let at = 0;
  const fail = (): never => {
    throw new SyntaxAt(at);
  };
  const space = (): void => {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail();
  };
  const string = (): void => {
    if (text.charAt(at) !== '"') fail();
    at += 1;
    while (at < text.length && text.charAt(at) !== '"') {
      const char = text.charAt(at);
      if (char === '\n' || char < ' ') fail();
      at += char === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail();
    at += 1;
  };
  const value = (path: string): void => {
    space();
    offsets.set(path, at);
    const char = text.charAt(at);
    if (char === '{') container('}', (index) => member(path, index));
    else if (char === '[') container(']', (index) => value(join(path, String(index))));
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 64));
      if (!number) fail();
      at += number?.[0].length ?? 0;
    }
  };
  const member = (path: string, _index: number): void => {
    space();
    const start = at;
    string();
    const key = JSON.parse(text.slice(start, at)) as string;
    space();
    if (text.charAt(at) !== ':') fail();
    at += 1;
    value(join(path, key));
  };
  const container = (close: string, item: (index: number) => void): void => {
    at += 1;
    space();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      item(index);
      space();
      if (text.charAt(at) === ',') at += 1;
      else if (text.charAt(at) === close) {
        at += 1;
        return;
      } else fail();
    }
  };
  try {
    value('');
    space();
    if (at < text.length) fail();
    return { errorOffset: null, offsets };
  } catch (error) {
    if (error instanceof SyntaxAt) return { errorOffset: error.offset, offsets };
    throw error;
  }
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
