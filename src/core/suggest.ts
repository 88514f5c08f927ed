/** Returns the Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Returns the closest of `candidates` to `text` for a "did you mean" hint, or
 * undefined when none is within a third of the text's length (at least 2 edits).
 */
export function suggestClosest(text: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(text.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(text.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Adds a `suggestion` to message args when a close candidate exists. */
export function withSuggestion<T extends Record<string, string | number>>(args: T, value: string, candidates: Iterable<string>): T & { suggestion?: string } {
  const suggestion = suggestClosest(value, candidates);
  return suggestion === undefined ? args : { ...args, suggestion };
}
