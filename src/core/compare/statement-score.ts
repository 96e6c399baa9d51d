/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.770, F1 0.836).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -2.233;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -2.363, 2.171, -4.432, -0.498, 1.029, -2.480, 0.073, -1.594, -0.323, 0.003, -0.946, -1.126, 1.654, 3.761, -0.479, 0.773, 0.484, 1.867, 2.622, -2.435, 1.155, -5.127, 0.349, 7.650, 0.603, 0.168, 1.212, 0.161, 0.093, 0.092,
];

export const SAME_STATEMENT_THRESHOLD = 0.521;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
