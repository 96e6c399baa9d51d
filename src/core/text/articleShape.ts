/**
 * Decides cheaply whether a plain-text or Markdown file reads like a news article, so that a README, a
 * `requirements.txt` or a log file never gets speaker highlights, and says why not, so the editor can tell the
 * reader. Pure and fast: looks at the opening stretch of the text only.
 */

/** Why a text does not read like an article, in words that finish "Not read as an article: …". */
export type NotArticleReason =
  | 'empty'
  | 'too short'
  | 'lines of code, configuration or a log'
  | 'code spans and links of documentation'
  | 'mostly capitals'
  | 'a list, not paragraphs of prose'
  | 'sentences of unusual length'
  | 'no quotation or reporting verb';

export type ArticleShape = { article: true } | { article: false; reason: NotArticleReason };

const SAMPLE_LENGTH = 20_000;
const MIN_WORDS = 60;
/** A brief under `MIN_WORDS` is still an article when a quotation of a few words and a reporting verb say so. */
const MIN_BRIEF_WORDS = 20;

const QUOTATION_MARK = /[“”«»„"]|(?:^|\s)['‘][\p{L}]/u;
// An opening mark, at least two words, a closing mark: a quotation ("“bad angels”"), not a "word" in scare
// quotes. Single marks count from a left one (‘…’), which an apostrophe never is.
const QUOTATION_OF_WORDS = /[“"«„]\s*\p{L}[^“”"«»„\n]*?\s[^“”"«»„\n]*?\p{L}[^“”"«»„\n]*?[”"»“]|‘\p{L}[^‘’\n]*?\s[^‘\n]*?\p{L}[^\p{L}‘’\n]*’(?!\p{L})/u;
// The reporting verbs of news in their finite forms. Nouns of the same spelling ("notes", "reports", "claims",
// "calls", "states") are left out: release notes and bug reports are full of them.
const REPORTING_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'stated', 'announced', 'announces',
  'claimed', 'insisted', 'insists', 'warned', 'warns', 'reported', 'wrote', 'writes', 'explained', 'explains', 'noted',
  'argued', 'argues', 'confirmed', 'confirms', 'denied', 'denies', 'accused', 'accuses', 'asked', 'replied',
  'responded', 'urged', 'urges', 'declared', 'vowed', 'promised', 'admitted', 'acknowledged', 'suggested', 'stressed',
  'recalled', 'tweeted', 'criticized', 'criticised', 'praised', 'slammed', 'blasted', 'denounced', 'predicted',
  'countered', 'conceded', 'described', 'commented', 'remarked', 'pointed out', 'according to',
  'spokesman', 'spokeswoman', 'spokesperson',
];
const REPORTING_WORD = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\b`, 'i');
// Lines that prose never consists of: timestamps and levels of logs, `name==1.0` pins, code and config.
const MACHINE_LINE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\]?[\s:]|[\w.-]+\s*(?:==|>=|<=|~=|!=)\s*[\w.*]+|[#;/]{1,2}\s|[{}[\]<]|[\w.-]+\s*[:=]\s*\S*$|(?:import|export|def|class|function|const|let|var|return|if|for)\b)/;
// A saved article's header: YAML front matter, then a Markdown title. Neither is code, nor prose to judge.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const MARKDOWN_TITLE = /^\s*#{1,2}[ \t]+\S[^\n]*(?:\r?\n|$)/;

export function looksLikeArticle(text: string): boolean {
  return articleShape(text).article;
}

export function articleShape(text: string): ArticleShape {
  const sample = bodyOf(text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text);
  const lines = sample.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0);
  if (lines.length === 0) return notArticle('empty');

  const machineLines = lines.filter((line) => MACHINE_LINE.test(line)).length;
  if (machineLines / lines.length > 0.3) return notArticle('lines of code, configuration or a log');

  const words = sample.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const brief = words.length < MIN_WORDS;
  if (brief && !(words.length >= MIN_BRIEF_WORDS && QUOTATION_OF_WORDS.test(sample) && REPORTING_WORD.test(sample))) {
    return notArticle('too short');
  }

  // Documentation and legal notices: code spans and links every few lines, or a block of capitals.
  const technicalMarks = (sample.match(/`|\]\(|https?:\/\//g) ?? []).length;
  if (technicalMarks >= (brief ? 1 : 5) && technicalMarks / words.length > 0.01) return notArticle('code spans and links of documentation');
  const shouted = words.filter((word) => word.length >= 3 && word === word.toUpperCase()).length;
  if (shouted / words.length > 0.08) return notArticle('mostly capitals');

  // Prose: long lines of words ending sentences, not lists of short items. A clipping may stop mid-sentence.
  const proseLines = lines.filter((line, i) => line.length >= 80 && (/[.!?]["”’']?\s/.test(line + ' ') || i === lines.length - 1));
  const proseShare = proseLines.reduce((sum, line) => sum + line.length, 0) / sample.length;
  if (proseShare < 0.4) return notArticle('a list, not paragraphs of prose');

  const sentenceEnds = sample.match(/[.!?]["”’']?(?=\s|$)/g)?.length ?? 0;
  const wordsPerSentence = words.length / Math.max(1, sentenceEnds);
  if (wordsPerSentence < 6 || wordsPerSentence > 80) return notArticle('sentences of unusual length');

  return QUOTATION_MARK.test(sample) || REPORTING_WORD.test(sample) ? { article: true } : notArticle('no quotation or reporting verb');
}

/** The text after a front-matter block and a title line, which every saved or imported article may open with. */
function bodyOf(text: string): string {
  const afterHeader = text.replace(FRONT_MATTER, '');
  return afterHeader.replace(MARKDOWN_TITLE, '');
}

function notArticle(reason: NotArticleReason): ArticleShape {
  return { article: false, reason };
}
