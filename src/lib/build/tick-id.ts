// Ids for the lines a reader can tick (a pattern's symptoms and plays). The browser keeps ticks
// under these ids (src/scripts/ticks.js) and /plan/ looks them up, so an id must stay the same
// while the line does: it is the pattern's id, the kind of line and a hash of the line's text.
// Reordering lines keeps a reader's ticks; rewording a line drops its tick (it is a new line).

/** 32-bit FNV-1a hash of `text` (UTF-16 code units), as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The id of one tickable line, e.g. "no-clear-ownership:p:1x2y3z" for a play. */
export function tickId(pattern: string, kind: 'play' | 'symptom', text: string): string {
  return `${pattern}:${kind === 'play' ? 'p' : 's'}:${fnv1a(text).toString(36)}`;
}
