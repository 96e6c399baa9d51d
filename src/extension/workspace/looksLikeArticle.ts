/**
 * Decides cheaply whether a plain-text or Markdown file reads like a news article, so that a README, a
 * `requirements.txt` or a log file never gets speaker highlights. Pure and fast: looks at the opening
 * stretch of the text only.
 */

const SAMPLE_LENGTH = 20_000;
const MIN_WORDS = 60;

const QUOTATION_MARK = /[“”«»„"]|(?:^|\s)['‘][\p{L}]/u;
const REPORTING_WORD =
  /\b(?:said|says|say|told|tells|added|according to|stated|announced|claimed|insisted|warned|reported|wrote|explained|noted|argued|confirmed|denied|spokes(?:man|woman|person))\b/i;
// Lines that prose never consists of: timestamps and levels of logs, `name==1.0` pins, code and config.
const MACHINE_LINE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\]?[\s:]|[\w.-]+\s*(?:==|>=|<=|~=|!=)\s*[\w.*]+|[#;/]{1,2}\s|[{}[\]<]|[\w.-]+\s*[:=]\s*\S*$|(?:import|export|def|class|function|const|let|var|return|if|for)\b)/;

export function looksLikeArticle(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const lines = sample.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0);
  if (lines.length === 0) return false;

  const machineLines = lines.filter((line) => MACHINE_LINE.test(line)).length;
  if (machineLines / lines.length > 0.3) return false;

  const words = sample.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return false;

  // Documentation and legal notices: code spans and links every few lines, or a block of capitals.
  const technicalMarks = (sample.match(/`|\]\(|https?:\/\//g) ?? []).length;
  if (technicalMarks >= 5 && technicalMarks / words.length > 0.01) return false;
  const shouted = words.filter((word) => word.length >= 3 && word === word.toUpperCase()).length;
  if (shouted / words.length > 0.08) return false;

  // Prose: long lines of words ending sentences, not lists of short items.
  const proseLines = lines.filter((line) => line.length >= 80 && /[.!?]["”’']?\s/.test(line + ' '));
  const proseShare = proseLines.reduce((sum, line) => sum + line.length, 0) / sample.length;
  if (proseShare < 0.4) return false;

  const sentenceEnds = sample.match(/[.!?]["”’']?(?=\s|$)/g)?.length ?? 0;
  const wordsPerSentence = words.length / Math.max(1, sentenceEnds);
  if (wordsPerSentence < 6 || wordsPerSentence > 80) return false;

  return QUOTATION_MARK.test(sample) || REPORTING_WORD.test(sample);
}
