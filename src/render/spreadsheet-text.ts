/**
 * Neutralises a text cell that a spreadsheet would run as a formula (one that
 * begins with =, +, -, @, tab or CR) by prefixing an apostrophe, as OWASP
 * advises for CSV injection. Numbers are never passed here.
 */
export function guardSpreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
