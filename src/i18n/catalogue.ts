/** Values a message fills in. */
export type Args = Record<string, string | number | undefined>;

/** A message: a template function of its arguments. */
export type Message = (args: Args) => string;

/** Every message key with its text in one language. */
export type Catalogue = Record<string, Message>;

/** Appends " Maksud Anda X?" style hints only when a suggestion exists. */
export function hint(text: string | undefined, template: (value: string) => string): string {
  return text === undefined || text === '' ? '' : ` ${template(text)}`;
}
