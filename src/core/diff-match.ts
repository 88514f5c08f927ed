/** Minimum similarity, from 0 to 1, for an unmatched removed and added item to count as the same item. */
export const RENAME_SIMILARITY = 0.8;

/** Items of two sides paired by id, and those left on each side. */
export interface IdMatch<T> {
  pairs: [T, T][];
  removed: T[];
  added: T[];
}

/** Pairs base and head items with equal ids, keeping each side's order. */
export function matchById<T>(base: readonly T[], head: readonly T[], idOf: (item: T) => string): IdMatch<T> {
  const headById = new Map(head.map((item) => [idOf(item), item]));
  const baseIds = new Set(base.map(idOf));
  const pairs: [T, T][] = [];
  const removed: T[] = [];
  for (const item of base) {
    const partner = headById.get(idOf(item));
    if (partner === undefined) removed.push(item);
    else pairs.push([item, partner]);
  }
  return { pairs, removed, added: head.filter((item) => !baseIds.has(idOf(item))) };
}

/** Items paired by similarity, and those left over. */
export interface SimilarityMatch<B, H> {
  pairs: { base: B; head: H; similarity: number }[];
  removed: B[];
  added: H[];
}

/**
 * Pairs removed and added items whose similarity reaches `threshold`, most
 * similar first, each item at most once. `preferred` breaks ties, for example
 * in favour of an equal id. A greedy choice, not an optimal assignment: the
 * callers pass only the items left after matching by id, which are few.
 */
export function pairBySimilarity<B, H>(
  removed: readonly B[],
  added: readonly H[],
  similarity: (base: B, head: H) => number,
  threshold = RENAME_SIMILARITY,
  preferred: (base: B, head: H) => boolean = () => false,
): SimilarityMatch<B, H> {
  const candidates: { b: number; h: number; similarity: number; preferred: boolean }[] = [];
  removed.forEach((base, b) => {
    added.forEach((head, h) => {
      const value = similarity(base, head);
      if (value >= threshold) candidates.push({ b, h, similarity: value, preferred: preferred(base, head) });
    });
  });
  candidates.sort((x, y) => y.similarity - x.similarity || Number(y.preferred) - Number(x.preferred) || x.b - y.b || x.h - y.h);

  const usedBase = new Set<number>();
  const usedHead = new Set<number>();
  const pairs: SimilarityMatch<B, H>['pairs'] = [];
  for (const candidate of candidates) {
    if (usedBase.has(candidate.b) || usedHead.has(candidate.h)) continue;
    usedBase.add(candidate.b);
    usedHead.add(candidate.h);
    pairs.push({ base: removed[candidate.b] as B, head: added[candidate.h] as H, similarity: candidate.similarity });
  }
  return {
    pairs,
    removed: removed.filter((_, index) => !usedBase.has(index)),
    added: added.filter((_, index) => !usedHead.has(index)),
  };
}
