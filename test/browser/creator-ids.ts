/**
 * Distinct creator ids for suites that run tests concurrently in one browser: every test
 * gets its own faulty and healthy creator, so no cache entry, in-flight request or request
 * count is shared. `suite` (0–255) keeps files apart; the ids are stable across runs.
 */
export function creatorIds(suite: number) {
  const id = (n: number) =>
    `fa${suite.toString(16).padStart(2, '0')}c0de00000000000${n.toString(16).padStart(5, '0')}`;
  let next = 0;
  return {
    /** A new pair; call it where the test is declared. */
    pair() {
      next += 2;
      return { faulty: id(next - 2), healthy: id(next - 1) };
    },
  };
}
