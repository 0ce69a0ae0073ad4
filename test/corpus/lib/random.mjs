// Seeded randomness: every value of the corpus is drawn from here, so a generation run is reproducible.

/** mulberry32: a tiny, well-mixed 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator whose seed can be reset (the legacy layouts reseed one shared generator per invoice). */
export function createRng(seed = 0) {
  let next = mulberry32(seed);
  const rng = {
    reseed(value) {
      next = mulberry32(value);
    },
    next: () => next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => rng.int(0, 9)).join(''),
  };
  return rng;
}

/** A stable 32-bit seed from a text (FNV-1a), so that adding a layout never shifts another one's values. */
export function seedFrom(text) {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
