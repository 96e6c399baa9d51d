/**
 * Builds small analyzed articles from lines of reported speech, so comparison tests state only who said what.
 * The text is generated ("<role> <name> said that …" / "“…,” <name> said.") and every span points into it.
 */
import type { ArticleRecord, Quote, QuoteType, Speaker, SpeakerKind } from '../../../src/core/types';

export interface Line {
  speaker: string;
  words: string;
  type?: QuoteType;
  cue?: string;
  role?: string;
  affiliation?: string;
  kind?: SpeakerKind;
  /** Name of the speaker who relays these words ("X said Y stated that …"). */
  via?: string;
  /** Continues the previous direct quotation after its attribution ("A," she said, "B."). */
  continues?: boolean;
  /** Straight quotation marks instead of curly ones. */
  straight?: boolean;
}

export function article(file: string, lines: Line[], filler = ''): ArticleRecord {
  let text = filler ? `${filler}\n\n` : '';
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  const speakerOf = (line: Line): Speaker => {
    const existing = speakers.get(line.speaker);
    if (existing) return existing;
    const speaker: Speaker = {
      id: line.speaker.toLowerCase().replace(/[^a-z]+/g, '-'),
      name: line.speaker,
      aliases: [line.speaker],
      kind: line.kind ?? 'person',
      roles: [],
      affiliation: line.affiliation,
      mentions: [],
    };
    speakers.set(line.speaker, speaker);
    return speaker;
  };
  const append = (piece: string) => {
    const start = text.length;
    text += piece;
    return start;
  };
  for (const line of lines) {
    const speaker = speakerOf(line);
    const type = line.type ?? 'direct';
    const cue = line.cue ?? 'said';
    const id = `q${quotes.length + 1}`;
    if (line.role && !speaker.roles.some((r) => r.text === line.role)) {
      const start = append(`${line.role} `);
      speaker.roles.push({ text: line.role, start, end: start + line.role.length });
    }
    const previous = quotes[quotes.length - 1];
    if (type === 'direct' && line.continues && previous) {
      text = text.replace(/\. $/, ', ');
      append(open(line));
      const start = append(line.words);
      append(`${close(line)} `);
      previous.partOf ??= previous.id;
      quotes.push(quote(id, type, line.words, start, speaker.id, previous.cue, previous.partOf));
      continue;
    }
    if (type === 'direct') {
      append(open(line));
      const start = append(line.words);
      append(`${close(line)} ${line.speaker} `);
      const cueStart = append(cue);
      append('. ');
      quotes.push(quote(id, type, line.words, start, speaker.id, { start: cueStart, end: cueStart + cue.length, text: cue, lemma: cue }));
    } else {
      const via = line.via ? speakerOf({ ...line, speaker: line.via, role: undefined }) : undefined;
      if (via) append(`${via.name} said `);
      append(`${line.speaker} `);
      const cueStart = append(cue);
      append(' that ');
      const start = append(line.words);
      append('. ');
      const made = quote(id, type, line.words, start, speaker.id, { start: cueStart, end: cueStart + cue.length, text: cue, lemma: cue });
      if (via) made.viaSpeakerId = via.id;
      quotes.push(made);
    }
  }
  return { file, text, analysis: { quotes, speakers: [...speakers.values()], scareQuotes: [] } };
}

function open(line: Line): string {
  return line.straight ? '"' : '“';
}

function close(line: Line): string {
  return line.straight ? '"' : '”';
}

function quote(id: string, type: QuoteType, words: string, start: number, speakerId: string, cue: Quote['cue'], partOf?: string): Quote {
  return { id, type, text: words, start, end: start + words.length, speakerId, cue, ...(partOf ? { partOf } : {}) };
}
