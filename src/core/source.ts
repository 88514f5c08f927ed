import type { Location } from './diagnostic.js';

/** A path into a parsed document: keys and list indexes, as in ajv's instancePath. */
export type DataPath = readonly (string | number)[];

/** A parsed file with a way back from a data path to its place in the source. */
export interface SourceFile<T> {
  file: string;
  data: T;
  /**
   * Returns the location of the node at `path`; with `key` the location of its
   * key, with `offset` the character at that offset inside a one-line scalar.
   * A path that does not exist resolves to its nearest existing parent.
   */
  locate(path: DataPath, options?: { key?: boolean; offset?: number }): Location;
  /** Returns the source text of the scalar at `path`, as written. */
  sourceText(path: DataPath): string | undefined;
  /**
   * Tells whether the source text matches `pattern` anywhere. Finding a value's
   * source text means parsing the file with positions, so a check asks this
   * first and skips `sourceText` when nothing written could concern it.
   */
  textMatches(pattern: RegExp): boolean;
}
