/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, read in one pass without parsing, so a body
 * built to exhaust the stack of every recursive walker after JSON.parse (class-transformer, the validation pipe)
 * is refused before any of them sees it. Brackets inside strings do not count; malformed text is left to the parser.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index += 1;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) {
      inString = true;
    } else if (character === 0x7b || character === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (character === 0x7d || character === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}
