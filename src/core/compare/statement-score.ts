/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus), with five-fold cross-validation inside those four fifths; its fifth fifth is held out for
 * `scripts/eval-paraphrase.ts`. No weight comes from the sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement: the threshold most
 * accurate over the cross-validated probabilities of the tuning pairs (there: cross-validated accuracy 0.776, F1 0.842).
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -1.915;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -2.087, 1.937, -3.859, -0.395, 1.080, -2.330, 0.231, -0.822, -0.312, 0.000, -1.056, -1.137, 1.567, 3.568, -0.288, 0.448, 0.160, 1.771, 2.619, -2.353, 1.452, -4.894, 0.089, 7.758, 0.647, 0.154, 1.157, 0.146, 0.072, 0.081, -0.838, -0.232,
];

export const SAME_STATEMENT_THRESHOLD = 0.497;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
