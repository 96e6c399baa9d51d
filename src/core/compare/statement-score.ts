/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.771, F1 0.834).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -2.159;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -2.420, 2.086, -4.269, -0.329, 1.082, -2.485, 0.044, -1.572, -0.367, 0.013, -0.905, -1.132, 1.645, 3.491, -0.452, 0.827, 0.572, 1.739, 2.694, -2.406, 0.947, -5.098, 0.351, 7.677, 0.499, 0.022, 1.182, 0.128, 0.048, 0.106,
];

export const SAME_STATEMENT_THRESHOLD = 0.539;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
