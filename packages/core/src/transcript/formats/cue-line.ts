/// <reference path="./webvtt-parser.d.ts" />
import webvtt, { type WebVttNode } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };

/** One line of a cue as the WebVTT cue-text parser reads it: the voice it names (`<v Name>`), and its text. */
export interface CueLine {
  voice: string | null;
  text: string;
}

/**
 * Reads a cue line with the W3C reference cue-text parser (tags, classes, karaoke timestamps, all of HTML's
 * character references) instead of regular expressions. Ruby text (`<rt>`, furigana) is left out: it is a
 * reading aid, not speech. The voice annotation is decoded here: the parser keeps it raw (Teams writes
 * `<v Far&#237;as>`).
 */
export function readCueLine(raw: string): CueLine {
  const tree = new webvtt.WebVTTCueTextParser(raw, ignore, 'metadata', entities).parse(0, Number.MAX_VALUE);
  let voice: string | null = null;
  const parts: string[] = [];
  const walk = (nodes: readonly WebVttNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text' && typeof node.value === 'string') parts.push(node.value);
      if (node.type !== 'object' || node.name === 'rt') continue;
      if (node.name === 'v' && voice === null && typeof node.value === 'string' && node.value.trim() !== '') {
        voice = decodeCharacterReferences(node.value).trim();
      }
      walk(node.children ?? []);
    }
  };
  walk(tree.children);
  return {
    voice,
    text: decodeHexReferences(parts.join(''))
      .replace(/[ \t\u00a0]+/g, ' ')
      .trim(),
  };
}

function ignore(): void {}

/** `&#237;`, `&#xED;` and named references (`&eacute;`) as HTML defines them. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
    if (name.startsWith('#')) return fromCodePoint(name);
    return entities[`&${name};`] ?? whole;
  });
}

/** The reference parser reads `&#x41;` but not `&#xED;` (hex letters); those are decoded here. */
function decodeHexReferences(text: string): string {
  return text.replace(/&#[xX]([0-9a-fA-F]+);/g, (_whole, hex: string) => fromCodePoint(`#x${hex}`));
}

function fromCodePoint(reference: string): string {
  const hex = reference.startsWith('#x') || reference.startsWith('#X');
  const code = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
