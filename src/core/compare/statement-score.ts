/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.777, F1 0.843).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -1.539;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -2.283, 1.978, -4.452, -0.507, 1.120, -2.296, 0.182, -1.019, -0.311, 0.005, -0.967, -1.165, 1.288, 3.618, -0.397, 0.757, 0.198, 1.835, 2.653, -2.314, 1.472, -4.925, 0.066, 7.569, 0.658, 0.158, 1.164, 0.129, 0.070, 0.098, -0.847, -0.216,
];

export const SAME_STATEMENT_THRESHOLD = 0.497;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
