// GIFT escapes \~ \= \# \{ \} \: \\ and \n. Before parsing, each escape becomes a private-use character
// so the structural characters left are all real; restoreGiftEscapes turns them into what they stand for.
const escapable = '\\~=#{}:n';
const placeholder = (index: number) => String.fromCharCode(0xe000 + index);
const meaning = ['\\', '~', '=', '#', '{', '}', ':', '\n'];

/** Replaces each GIFT escape with a placeholder character; other backslashes stay as they are. */
export function protectGiftEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, char: string) => placeholder(escapable.indexOf(char)));
}

/** Turns placeholders back into the characters the escapes stand for (`\n` into a newline). */
export function restoreGiftEscapes(text: string): string {
  return text.replace(/[\ue000-\ue007]/g, (char) => meaning[char.charCodeAt(0) - 0xe000] ?? char);
}

/** Escapes text for GIFT: `\ ~ = # { } :` get a backslash, newlines become `\n`, so the text stays on one line. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}
