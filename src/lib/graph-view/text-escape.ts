// Escaping for the export formats. Text from an export is never trusted: a node may be named
// `<img src=x onerror=alert(1)>` or `=HYPERLINK(...)`, and must come out as the same text.

// XML 1.0 allows TAB, LF, CR and U+0020 upward except surrogates (unless paired) and U+FFFE/U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a quoted attribute (either quote). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A text
 * field starting like a spreadsheet formula (= + - @ TAB CR) gets a leading apostrophe so that
 * opening the file in a spreadsheet shows the text instead of running it. Numbers pass unchanged.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: header and rows joined with CRLF, with a UTF-8 byte-order mark so spreadsheets read Chinese right. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
