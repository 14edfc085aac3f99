import { snippetParts } from './snippet';

/** A search hit's passage with the matched words in <mark>; React escapes everything else. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet" data-testid="hit-snippet">
      {snippetParts(text).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder.
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
