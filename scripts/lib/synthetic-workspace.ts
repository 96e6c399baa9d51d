/**
 * A synthetic workspace of analyzed articles for benchmarks, resampled from the seeds' gold: quotations keep
 * their form and length but get event-specific words, speakers get invented names (sometimes transliterated
 * differently), and each event is covered by several articles that copy, cut or leave out its statements.
 * No text beyond the seeds is used; output is deterministic for a given seed.
 */
import type { ArticleRecord, Quote, QuoteType, Speaker } from '../../src/core/types';
import type { Gold } from './gold-analyses';
import { mulberry32 } from './random';

export interface SyntheticOptions {
  articles: number;
  quotesPerArticle: number;
  /** Articles per event: statements recur within an event. */
  articlesPerEvent?: number;
  seed?: number;
}

interface Template {
  type: QuoteType;
  text: string;
  cue: string;
}

interface Person {
  given: string;
  surname: string;
  affiliation: string;
  role: string;
}

interface Statement {
  person: Person;
  template: Template;
  text: string;
}

const SIDES = ['Russia', 'Ukraine', 'United States', 'United Kingdom', 'France', 'Germany'];
const ROLES = ['foreign minister', 'spokesperson', 'lead negotiator', 'defence secretary', 'presidential adviser', 'mayor'];

export function syntheticWorkspace(gold: Gold, options: SyntheticOptions): ArticleRecord[] {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const templates: Template[] = gold.articles.flatMap((a) => a.quotes.map((q) => ({ type: q.type, text: q.text, cue: (q.cue ?? 'said').replace(/\s+/g, ' ') })));
  const people: Person[] = Array.from({ length: Math.max(50, Math.floor(options.articles / 3)) }, () => ({
    given: invent(random, 2),
    surname: invent(random, 3),
    affiliation: pick(SIDES),
    role: pick(ROLES),
  }));
  const perEvent = options.articlesPerEvent ?? 8;
  const records: ArticleRecord[] = [];
  let statements: Statement[] = [];
  for (let index = 0; index < options.articles; index++) {
    if (index % perEvent === 0) {
      const vocabulary = Array.from({ length: 40 }, () => invent(random, 3).toLowerCase());
      const cast = Array.from({ length: 6 }, () => pick(people));
      statements = Array.from({ length: options.quotesPerArticle * 2 }, () => {
        const template = pick(templates);
        return { person: pick(cast), template, text: respell(template.text, vocabulary, random) };
      });
    }
    const chosen = Array.from({ length: options.quotesPerArticle }, () => pick(statements));
    records.push(write(`synthetic/${String(index).padStart(5, '0')}.txt`, chosen, random));
  }
  return records;
}

/** Replaces a third of the longer words with the event's own words, so events do not share statements. */
function respell(text: string, vocabulary: string[], random: () => number): string {
  return text.replace(/\p{L}{5,}/gu, (word) => (random() < 0.35 ? vocabulary[Math.floor(random() * vocabulary.length)] : word));
}

/** Writes the article's sentences and the analysis that points into them. */
function write(file: string, statements: Statement[], random: () => number): ArticleRecord {
  let text = '';
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  for (const statement of statements) {
    const { person, template } = statement;
    // Another outlet's transliteration of the same given name.
    const given = random() < 0.2 ? person.given.replace(/i/g, 'y') : person.given;
    const name = `${given} ${person.surname}`;
    const id = name.toLowerCase().replace(/[^a-z]+/g, '-');
    let speaker = speakers.get(id);
    if (!speaker) {
      const roleText = `${person.affiliation} ${person.role}`;
      const roleStart = text.length;
      text += `${roleText} ${name} spoke on Tuesday. `;
      speaker = { id, name, aliases: [name], kind: 'person', roles: [{ text: roleText, start: roleStart, end: roleStart + roleText.length }], affiliation: person.affiliation, mentions: [] };
      speakers.set(id, speaker);
    }
    // Some outlets cut a quotation short.
    const words = random() < 0.25 ? statement.text.slice(0, Math.max(20, Math.floor(statement.text.length * 0.6))).replace(/\s+\S*$/, '') : statement.text;
    const cueText = template.cue;
    let start: number;
    let cueStart: number;
    if (template.type === 'direct') {
      text += '“';
      start = text.length;
      text += `${words}” ${name} `;
      cueStart = text.length;
      text += `${cueText}.\n\n`;
    } else {
      text += `${name} `;
      cueStart = text.length;
      text += `${cueText} that `;
      start = text.length;
      text += `${words}.\n\n`;
    }
    quotes.push({
      id: `q${quotes.length + 1}`,
      type: template.type,
      start,
      end: start + words.length,
      text: words,
      speakerId: id,
      cue: { start: cueStart, end: cueStart + cueText.length, text: cueText, lemma: cueText.split(' ')[0] },
    });
  }
  return { file, text, analysis: { quotes, speakers: [...speakers.values()], scareQuotes: [] } };
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

function invent(random: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += CONSONANTS[Math.floor(random() * CONSONANTS.length)] + VOWELS[Math.floor(random() * VOWELS.length)];
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

