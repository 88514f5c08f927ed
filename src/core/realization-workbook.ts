/**
 * Name of the instructions sheet that `iki template --format xlsx` puts first,
 * by language. A workbook reader skips a sheet with either name, so a template
 * made with `--lang en` reads the same as one made in Indonesian.
 */
export const INSTRUCTION_SHEET_NAMES = { id: 'Petunjuk', en: 'Instructions' } as const;

/** Tells whether a sheet is the template's instructions sheet, by name and ignoring case. */
export function isInstructionSheet(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return Object.values(INSTRUCTION_SHEET_NAMES).some((known) => known.toLowerCase() === folded);
}
