/**
 * "… though 38 percent say the same of Orla": what was said is the earlier report again, applied to someone else. It
 * reports an opinion as fully as the clause it stands for, so it is content of its own.
 */
import type { Token } from '../article/tokens';

/** What may follow "the same" when it stands for reported words: whom it is said of, "thing", or the clause end. */
const AFTER_SAME = new Set(['of', 'about', 'for', 'thing', '.', ',', ';']);

export function repeatsEarlierReport(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'same' && (k + 2 >= tokens.length || AFTER_SAME.has(tokens[k + 2].lower));
}
