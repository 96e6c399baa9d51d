/**
 * The multi-outlet event development set: ECB+ (Cybulska and Vossen 2014), news articles from many outlets grouped
 * by topic, with cross-document event coreference. Reporting events ("said", "told") that corefer across articles
 * are one statement reported by several outlets: those give the gold statement pairs. Only the training topics of
 * the standard (Cybulska) split are read, as preprocessed by Barhom et al. 2019 (github:shanybar/
 * event_entity_coref_ecb_plus); the texts belong to their publishers and are read from where `fetch` put them
 * (ECB_PLUS names a folder or git directory holding `data/interim/cybulska_setup/`), never copied into the project.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detokenize } from './detokenize';

export const DEFAULT_ECB_PLUS = '/work/.mirror/shanybar+event_entity_coref_ecb_plus/repo/.git';
const SETUP = 'data/interim/cybulska_setup';

export interface EventArticle {
  /** ECB+ document id ("1_10ecb"). */
  file: string;
  text: string;
  /** Character span of each sentence's tokens, by ECB+ sentence number then token number. */
  tokens: Map<number, Map<number, { start: number; end: number }>>;
  sentences: Map<number, { start: number; end: number }>;
}

/** One reporting event as one article prints it. */
export interface GoldReport {
  id: string;
  file: string;
  /** The ECB+ event chain: reports of one chain are one statement. */
  chain: string;
  sentence: number;
  start: number;
  end: number;
  /** Other events its sentence mentions that several articles print (what was said happened): finer gold. */
  content: string[];
}

export interface EventTopic {
  topic: number;
  articles: EventArticle[];
  reports: GoldReport[];
}

/** Verbs and nouns of saying, as ECB+ tokens print them: the events whose content is a statement. */
const REPORTING = new Set([
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling', 'stated', 'states', 'announced', 'announces',
  'announce', 'confirmed', 'confirms', 'confirm', 'added', 'explained', 'claimed', 'commented', 'noted', 'insisted',
  'denied', 'revealed', 'wrote', 'according', 'statement', 'declared', 'acknowledged', 'admitted', 'asserted', 'warned',
]);

export function ecbPlusLocation(): string | undefined {
  const location = process.env.ECB_PLUS ?? DEFAULT_ECB_PLUS;
  return existsSync(location) ? location : undefined;
}

function readSetupFile(location: string, name: string): string {
  const plain = path.join(location, SETUP, name);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  return execFileSync('git', ['--git-dir', location, 'show', `HEAD:${SETUP}/${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

interface GoldMention {
  coref_chain: string;
  doc_id: string;
  is_singleton: boolean;
  sent_id: number;
  tokens_number: number[];
  tokens_str: string;
}

/** The training topics, each with its articles and the reporting events that several of its articles print. */
export function readTrainTopics(location: string): EventTopic[] {
  const articles = articlesOf(readSetupFile(location, 'ECB_Train_corpus.txt'));
  const mentions = JSON.parse(readSetupFile(location, 'ECB_Train_Event_gold_mentions.json')) as GoldMention[];
  const reporting = mentions.filter((m) => !m.is_singleton && REPORTING.has(m.tokens_str.toLowerCase()));
  const filesOfChain = new Map<string, Set<string>>();
  for (const m of reporting) (filesOfChain.get(m.coref_chain) ?? filesOfChain.set(m.coref_chain, new Set()).get(m.coref_chain)!).add(m.doc_id);
  const chainFiles = new Map<string, Set<string>>();
  for (const m of mentions) (chainFiles.get(m.coref_chain) ?? chainFiles.set(m.coref_chain, new Set()).get(m.coref_chain)!).add(m.doc_id);
  const reportingChains = new Set(reporting.map((m) => m.coref_chain));
  const contentOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.is_singleton || reportingChains.has(m.coref_chain) || chainFiles.get(m.coref_chain)!.size < 2) continue;
    const key = `${m.doc_id}\u0000${m.sent_id}`;
    (contentOf.get(key) ?? contentOf.set(key, new Set()).get(key)!).add(m.coref_chain);
  }
  const topics = new Map<number, EventTopic>();
  for (const article of articles.values()) {
    const topic = topicOf(article.file);
    (topics.get(topic) ?? topics.set(topic, { topic, articles: [], reports: [] }).get(topic)!).articles.push(article);
  }
  reporting.forEach((m, index) => {
    const article = articles.get(m.doc_id);
    if (!article || filesOfChain.get(m.coref_chain)!.size < 2) return;
    const spans = m.tokens_number.map((t) => article.tokens.get(m.sent_id)?.get(t)).filter((s) => s !== undefined);
    if (spans.length === 0) return;
    topics.get(topicOf(m.doc_id))!.reports.push({
      id: `r${index}`, file: m.doc_id, chain: m.coref_chain, sentence: m.sent_id,
      start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)),
      content: [...(contentOf.get(`${m.doc_id}\u0000${m.sent_id}`) ?? [])].sort(),
    });
  });
  return [...topics.values()].sort((a, b) => a.topic - b.topic);
}

function topicOf(file: string): number {
  return Number(file.slice(0, file.indexOf('_')));
}

/** Lines `doc<TAB>sentence<TAB>token<TAB>word<TAB>chain`; each document's sentences become its paragraphs. */
function articlesOf(corpus: string): Map<string, EventArticle> {
  const words = new Map<string, Map<number, { token: number; word: string }[]>>();
  for (const line of corpus.split(/\r?\n/)) {
    const [file, sentence, token, word] = line.split('\t');
    if (!file || word === undefined || word === '' || /^https?:/.test(word)) continue;
    const sentences = words.get(file) ?? words.set(file, new Map()).get(file)!;
    const list = sentences.get(Number(sentence)) ?? sentences.set(Number(sentence), []).get(Number(sentence))!;
    list.push({ token: Number(token), word });
  }
  const articles = new Map<string, EventArticle>();
  for (const [file, sentences] of words) {
    let text = '';
    const tokens = new Map<number, Map<number, { start: number; end: number }>>();
    const spans = new Map<number, { start: number; end: number }>();
    for (const [sentence, list] of [...sentences].sort((a, b) => a[0] - b[0])) {
      if (text) text += '\n\n';
      const start = text.length;
      const placed = detokenize(list.map((t) => t.word));
      text += placed.text;
      tokens.set(sentence, new Map(list.map((t, i) => [t.token, { start: start + placed.spans[i].start, end: start + placed.spans[i].end }])));
      spans.set(sentence, { start, end: text.length });
    }
    articles.set(file, { file, text: `${text}\n`, tokens, sentences: spans });
  }
  return articles;
}
