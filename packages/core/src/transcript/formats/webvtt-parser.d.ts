/**
 * Types for `webvtt-parser` (the W3C reference WebVTT parser, CC0; it ships none): only the parts used here.
 * Times are in seconds; `errors` carry the 1-based line of the problem.
 */
declare module 'webvtt-parser' {
  export interface WebVttNode {
    type: 'object' | 'text' | 'timestamp';
    /** Tag name for objects: c, i, b, u, ruby, rt, v, lang. */
    name?: string;
    classes?: string[];
    /** Text of a text node (entities decoded), the annotation of `v` (raw) or `lang`, a timestamp's seconds. */
    value?: string | number;
    children?: WebVttNode[];
  }
  export interface WebVttCue {
    id: string;
    startTime: number;
    endTime: number;
    /** The cue's raw text lines joined with "\n". */
    text: string;
    tree: { children: WebVttNode[] };
  }
  export interface WebVttError {
    message: string;
    line: number;
    col?: number;
  }
  export interface WebVttParseResult {
    cues: WebVttCue[];
    errors: WebVttError[];
  }
  export class WebVTTParser {
    /** `entities`: the character references to decode ("&amp;" → "&"); the package's html-entities.json is all of HTML's. */
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): WebVttParseResult;
  }
  export class WebVTTCueTextParser {
    constructor(
      line: string,
      errorHandler: (message: string, col: number) => void,
      mode: 'metadata' | 'chapters' | undefined,
      entities: Record<string, string>,
    );
    parse(cueStart: number, cueEnd: number): { children: WebVttNode[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser; WebVTTCueTextParser: typeof WebVTTCueTextParser };
  export default webvtt;
}

declare module 'webvtt-parser/html-entities.json' {
  const entities: Record<string, string>;
  export default entities;
}
