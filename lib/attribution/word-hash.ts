// The word hash the learned layer's features use (FNV-1a over the word's
// UTF-16 codes, apostrophes dropped so "didnt" and "didn't" are one word).
// features.ts computes the same hash inline while it scans the text.

export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}
