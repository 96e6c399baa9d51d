/**
 * Word-level difference of one report against the statement's fullest wording. Words are compared in their
 * normalised form (case, straight vs curly apostrophes and punctuation do not count), but each part shows the
 * text as printed, so joining a report's `same` and `added` parts gives back its exact text.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from '../types';
import type { ReportWord } from './report-words';

export interface Wording {
  /** The quotation as printed. */
  text: string;
  /** Its offset in the article, the origin of the tokens' offsets. */
  start: number;
  tokens: ReportWord[];
}

export function wordDiff(report: Wording, fullest: Wording): DiffPart[] {
  if (report.tokens.length === 0 || report === fullest) return [{ kind: 'same', text: report.text }];
  const reportSegments = segments(report);
  const fullestSegments = segments(fullest);
  const changes = diffArrays(
    fullest.tokens.map((_, i) => i),
    report.tokens.map((_, i) => i),
    { comparator: (inFullest: number, inReport: number) => fullest.tokens[inFullest].norm === report.tokens[inReport].norm },
  );
  const parts: DiffPart[] = [];
  let reportIndex = 0;
  let fullestIndex = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      push(parts, 'removed', fullestSegments.slice(fullestIndex, fullestIndex + count).join(''));
      fullestIndex += count;
    } else {
      push(parts, change.added ? 'added' : 'same', reportSegments.slice(reportIndex, reportIndex + count).join(''));
      reportIndex += count;
      if (!change.added) fullestIndex += count;
    }
  }
  return parts;
}

/** Each word with the text up to the next word; the first also carries what precedes it. */
function segments(wording: Wording): string[] {
  const { text, start, tokens } = wording;
  return tokens.map((token, i) => {
    const from = i === 0 ? 0 : token.start - start;
    const to = i + 1 < tokens.length ? tokens[i + 1].start - start : text.length;
    return text.slice(from, to);
  });
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
