/** One non-blank line of an export with its 1-based line number. */
export interface ExportTextLine {
  /** 1-based line number, counting blank lines. */
  line: number;
  /** The line without its line ending. */
  text: string;
}

/**
 * Splits an export into its non-blank lines. Accepts LF or CRLF endings, a missing final
 * newline and a UTF-8 byte order mark (Windows editors add one), so line numbers match editors.
 */
export function splitExportLines(text: string): ExportTextLine[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines: ExportTextLine[] = [];
  withoutBom.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') lines.push({ line: index + 1, text: line });
  });
  return lines;
}
