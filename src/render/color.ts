import { Chalk, type ChalkInstance } from 'chalk';

/** Returns a chalk instance that colours only when `enabled`; the level is never auto-detected. */
export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

/** Colours a text by category id: green for high, yellow for middle, red for low. */
export function colorByCategory(c: ChalkInstance, categoryId: string | undefined, text: string): string {
  switch (categoryId) {
    case 'sangat-tinggi':
      return c.green.bold(text);
    case 'tinggi':
      return c.green(text);
    case 'sedang':
      return c.yellow(text);
    case 'rendah':
      return c.red(text);
    case 'sangat-rendah':
      return c.red.bold(text);
    default:
      return text;
  }
}
