// SVG text does not wrap, and the build cannot measure fonts, so label widths are estimated in
// ems, generously (a wide sans such as DejaVu, the fallback on many Linux machines): a CJK or
// full-width character is 1em, a capital 0.72em, other letters and digits 0.62em, narrow marks less.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function characterEms(character: string): number {
  if (WIDE.test(character)) return 1;
  if (/[ .,:;'!|il()[\]]/.test(character)) return 0.34;
  if (/[A-Z]/.test(character)) return 0.72;
  return 0.62;
}

/** The estimated width of `text` in ems. */
export function estimateEms(text: string): number {
  let ems = 0;
  for (const character of text) ems += characterEms(character);
  return ems;
}

// Latin words stay whole (with their trailing spaces); every CJK character may start a new line.
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? []
  );
}

function splitLongToken(token: string, maxEms: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const character of token) {
    if (part !== '' && estimateEms(part + character) > maxEms) {
      parts.push(part);
      part = '';
    }
    part += character;
  }
  return part === '' ? parts : [...parts, part];
}

function ellipsize(line: string, maxEms: number): string {
  let cut = line.trimEnd();
  while (cut !== '' && estimateEms(`${cut}…`) > maxEms) cut = [...cut].slice(0, -1).join('').trimEnd();
  return `${cut}…`;
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxEms` each; text that does not fit
 * ends with "…" (the full text goes in the SVG <title> and in the list beside the graph).
 */
export function wrapLabel(text: string, maxEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = tokens(text.replace(/\s+/g, ' ').trim()).flatMap((token) =>
    estimateEms(token.trimEnd()) > maxEms ? splitLongToken(token, maxEms) : [token],
  );
  for (const [i, piece] of pieces.entries()) {
    if (line !== '' && estimateEms((line + piece).trimEnd()) > maxEms) {
      lines.push(line.trimEnd());
      line = '';
      if (lines.length === maxLines) {
        lines[maxLines - 1] = ellipsize(lines[maxLines - 1] ?? '', maxEms);
        return lines;
      }
    }
    line += line === '' ? piece.trimStart() : piece;
    if (i === pieces.length - 1) lines.push(line.trimEnd());
  }
  return lines.length === 0 ? [''] : lines;
}
