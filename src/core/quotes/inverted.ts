/** The source of an inverted attribution, after its cue: `"…," said Peskov.`, `"…," said retired surgeon Ana Lund.` */
import type { ParagraphTokens } from '../article/model';
import { appositiveBeforePredicate, phraseAfter, type TokenRange } from './phrases';
import { skipAdjuncts } from './adjuncts';
import { isSentenceEnd, type CueMatch } from './found';

/** "…," said Peskov. — the source after the cue, up to the clause end. */
export function invertedSource(p: ParagraphTokens, cue: CueMatch, limit: number): TokenRange | null {
  // "…, claiming half the wards.": a participle takes an object; only a finite verb goes before its subject.
  if (cue.entry.form === 'gerund' && cue.cueStart === cue.index) return null;
  const source = phraseAfter(p.text, p.tokens, cue.end, limit) ?? participleTitled(p, cue.end, limit);
  if (!source) return null;
  const after = skipAdjuncts(p.text, p.tokens, afterParenthetical(p, source.last, limit), limit);
  const next = p.tokens[after];
  // `"…," said Lenn Ostrow, angered by the ruling`: right after a quotation the cue is surely one, and what follows the
  // comma describes the speaker.
  const afterQuotation = p.tokens[cue.cueStart - 1]?.kind === 'quote';
  if (!afterQuotation && appositiveBeforePredicate(p.tokens, after, limit)) return null;
  if (after >= limit || next.lower === ',' || next.kind === 'quote' || isSentenceEnd(p, after, limit)) return source;
  return null;
}

/** "said retired surgeon Ana Lund": a past participle opening the source describes it ("retired", "embattled"). */
function participleTitled(p: ParagraphTokens, start: number, limit: number): TokenRange | null {
  const first = p.tokens[start];
  if (!first || first.kind !== 'word' || first.capitalised || !first.lower.endsWith('ed')) return null;
  const rest = phraseAfter(p.text, p.tokens, start + 1, limit);
  return rest && p.tokens[rest.first].capitalised === false && rest.last - rest.first >= 2 ? { first: start, last: rest.last } : null;
}

/** "said Sen. Ana Ruiz (D-Ore.), who …": a short parenthetical after a name (party and state) is part of it. */
function afterParenthetical(p: ParagraphTokens, k: number, limit: number): number {
  if (p.tokens[k]?.lower !== '(') return k;
  for (let close = k + 1; close < limit && close - k <= 8; close++) if (p.tokens[close].lower === ')') return close + 1;
  return k;
}
