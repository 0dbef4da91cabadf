const thousands = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const decimalComma = /^[-+]?\d+,\d+$/;
const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a typed number, or null when it is not one. Accepts full-width digits, spaces, a Unicode minus,
 * thousands separators ("1,234" = 1234) and a decimal comma when there is no other comma ("3,5" = 3.5).
 */
export function parseNumericAnswer(text: string): number | null {
  let compact = text
    .normalize('NFKC')
    .replace(/[\s_]/g, '')
    .replace(/^\u2212/, '-');
  if (thousands.test(compact)) compact = compact.replaceAll(',', '');
  else if (decimalComma.test(compact)) compact = compact.replace(',', '.');
  if (!plainNumber.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}
