/**
 * The contract between the analysis core and everything that shows its results.
 * Every offset is a UTF-16 code-unit index into the exact text that was analyzed (end exclusive),
 * so it maps straight to a VS Code position with `document.positionAt`.
 */

export interface Span {
  start: number;
  end: number;
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

export type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous';

/** How a mention names its speaker; the extension styles and ranks mentions by it. */
export type MentionKind = 'name' | 'surname' | 'pronoun' | 'role' | 'description';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

/** A role as this article states it ("Kremlin spokesman", "Russia's lead negotiator"). */
export interface Role extends Span {
  text: string;
}

export interface Speaker {
  /** Stable within one analysis and across re-analyses of similar text: derived from the canonical name. */
  id: string;
  /** The fullest name form the article uses ("Dmitry Peskov"). */
  name: string;
  /** Every distinct surface form that refers to this speaker, including role-only references. */
  aliases: string[];
  kind: SpeakerKind;
  roles: Role[];
  /** The side the article's role wording places the speaker on ("Russia", "Ukraine", "United States"). */
  affiliation?: string;
  mentions: Mention[];
}

export interface Cue extends Span {
  /** The cue as printed ("said", "according to", "was quoted as saying"). */
  text: string;
  /** Dictionary form of the reporting verb ("say", "according to"). */
  lemma: string;
}

export interface Quote extends Span {
  /** Unique within the analysis ("q1", "q2", …) in text order. */
  id: string;
  type: QuoteType;
  /** `text.slice(start, end)` of the analyzed text. */
  text: string;
  /** Id of the attributed speaker, or null when nobody is said to have said it. */
  speakerId: string | null;
  /** The mention that attributes this quote ("Peskov", "he", "a Kremlin spokesperson"). */
  speakerSpan?: Span;
  cue?: Cue;
  /** Relayed speech: the speaker who reports this speaker's words ("Medinsky said Ukraine stated …"). */
  viaSpeakerId?: string;
  /** A direct quotation split by its attribution: the id of its first part (set on every part, the first included). */
  partOf?: string;
}

export interface ArticleAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  /** Quoted words that nobody is said to have said (scare quotes, titles). Kept apart from speech. */
  scareQuotes: Span[];
}

// ---- Cross-article comparison -------------------------------------------------------------------

/** One analyzed article of the workspace. `file` is any stable key: a path, a URI string. */
export interface ArticleRecord {
  file: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** How a report renders the statement relative to the group's fullest wording. */
export type ReportForm = 'verbatim' | 'variant' | 'paraphrase';

/** A word-level difference of one report against the group's fullest wording, on the report's original text. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface StatementReport {
  file: string;
  quoteId: string;
  start: number;
  end: number;
  text: string;
  type: QuoteType;
  form: ReportForm;
  /** The cue as printed in this article ("said", "claimed"). */
  cue?: string;
  cueLemma?: string;
  /** The role this article gives the speaker, if any. */
  role?: string;
  /**
   * How this article names the speaker, when not by the statement's speaker name: a source linked to that speaker
   * by what it said ("her rep", a misspelt name).
   */
  attributedTo?: string;
  /** 0..1: how sure the grouping is that this report belongs to the statement. */
  confidence: number;
  diff: DiffPart[];
}

export interface StatementGroup {
  id: string;
  /** Workspace speaker id (see `WorkspaceSpeaker`). */
  speakerId: string;
  speakerName: string;
  reports: StatementReport[];
  /** Articles that quote this speaker (or cover the same event) but leave this statement out. */
  omittedBy: string[];
}

export interface SpeakerInArticle {
  /** The speaker's id inside that article's analysis: the first of `speakerIds`. */
  speakerId: string;
  /**
   * Every speaker of that article the workspace speaker stands for: an article may quote one source under two
   * names its statements showed to be one ("Police" and "Italian police sources").
   */
  speakerIds: string[];
  roles: string[];
  affiliation?: string;
  quoteCount: number;
}

export interface WorkspaceSpeaker {
  id: string;
  name: string;
  aliases: string[];
  kind: SpeakerKind;
  affiliation?: string;
  articles: Record<string, SpeakerInArticle>;
}

export interface Comparison {
  speakers: WorkspaceSpeaker[];
  statements: StatementGroup[];
  /** Quote counts: workspace speaker id → file → count. */
  quoteCounts: Record<string, Record<string, number>>;
  /** Per file, the number of quotes by affiliation of their speakers ("other" for none stated). */
  balance: Record<string, Record<string, number>>;
}
