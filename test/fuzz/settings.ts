/**
 * Number of generated cases per fuzz property: a bounded run in `npm test`,
 * a longer one under `npm run fuzz` (IKI_FUZZ_RUNS=20000).
 */
export const FUZZ_RUNS = Number(process.env.IKI_FUZZ_RUNS ?? 300);
