/**
 * The paraphrase development set: Microsoft Research Paraphrase Corpus pairs (news sentences from different
 * outlets, labelled by people as the same statement or not), each sentence put in a short article as one
 * speaker's direct quotation. The corpus belongs to its publisher: it is read from outside the project at
 * evaluation time (MSRP_TRAIN names the file; only the train split is ever used).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ArticleRecord } from '../../src/core';

export interface LabelledPair {
  id: string;
  same: boolean;
  first: string;
  second: string;
}

export const DEFAULT_MSRP_TRAIN = '/work/devsets/msrp/msr_paraphrase_train.txt';

export function msrpTrainFile(): string | undefined {
  const file = process.env.MSRP_TRAIN ?? DEFAULT_MSRP_TRAIN;
  return existsSync(file) ? file : undefined;
}

/** Lines `label<TAB>id1<TAB>id2<TAB>sentence1<TAB>sentence2` after one header line; malformed lines are skipped. */
export function readPairs(file: string): LabelledPair[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  return lines.flatMap((line) => {
    const [label, id1, id2, first, second] = line.split('\t');
    if ((label !== '0' && label !== '1') || !first || !second) return [];
    return [{ id: `${id1}-${id2}`, same: label === '1', first, second }];
  });
}

/**
 * Every fifth pair is held out: the matcher's weights and threshold are fitted on the other four fifths
 * (`tune`), and its figures on `check` are the honest ones.
 */
export function splitPairs(pairs: LabelledPair[]): { tune: LabelledPair[]; check: LabelledPair[] } {
  return { tune: pairs.filter((_, i) => i % 5 !== 4), check: pairs.filter((_, i) => i % 5 === 4) };
}

const SPEAKER = 'Alex Morgan';

/** One sentence as the speaker's direct quotation in a one-paragraph article. */
export function quotingArticle(file: string, sentence: string): ArticleRecord {
  const opening = `${SPEAKER} said: "`;
  const text = `${opening}${sentence}"\n`;
  const start = opening.length;
  const end = start + sentence.length;
  return {
    file,
    text,
    analysis: {
      speakers: [{
        id: 'alex-morgan', name: SPEAKER, aliases: [SPEAKER], kind: 'person', roles: [],
        mentions: [{ start: 0, end: SPEAKER.length, text: SPEAKER, kind: 'name' }],
      }],
      quotes: [{
        id: 'q1', type: 'direct', start, end, text: sentence, speakerId: 'alex-morgan',
        speakerSpan: { start: 0, end: SPEAKER.length },
        cue: { start: SPEAKER.length + 1, end: SPEAKER.length + 5, text: 'said', lemma: 'say' },
      }],
      scareQuotes: [],
    },
  };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function score(pairs: LabelledPair[], predicted: boolean[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  pairs.forEach((pair, i) => {
    if (predicted[i] && pair.same) tp++;
    else if (predicted[i]) fp++;
    else if (pair.same) fn++;
    if (predicted[i] === pair.same) right++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pairs.length ? right / pairs.length : 0 };
}
