/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.768, F1 0.832).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -4.096;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -1.181, 1.029, -2.111, 0.168, 0.924, -1.961, -0.040, -0.954, -0.333, 0.015, 0.683, -1.130, 0.865, 2.931, -0.371, 0.387, 1.281, 1.380, 2.555, -2.097, 0.863, -4.907, 2.819, 3.802, 0.329, -0.061, 1.095, 0.117, -0.067, 0.021,
];

export const SAME_STATEMENT_THRESHOLD = 0.542;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
