/**
 * A LIKE pattern that finds `text` anywhere, its own % and _ taken literally. Use with `ESCAPE '!'`: `!` is the one
 * escape character SQLite and MySQL read the same way inside a string literal (a backslash is not).
 */
export function likeContaining(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}
