/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.770, F1 0.835).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -2.223;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -2.296, 2.213, -4.371, -0.492, 1.031, -2.494, 0.066, -1.602, -0.323, 0.004, -0.931, -1.126, 1.456, 3.767, -0.491, 0.783, 0.474, 1.865, 2.624, -2.432, 1.161, -5.135, 0.365, 7.645, 0.605, 0.168, 1.207, 0.166, 0.104, 0.095,
];

export const SAME_STATEMENT_THRESHOLD = 0.521;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
