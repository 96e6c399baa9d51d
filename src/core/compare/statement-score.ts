/**
 * A calibrated "same statement" probability for two wordings, from their wording alone: a logistic model over
 * `wordingFeatures`, fitted by `scripts/fit-statement-score.ts` on four fifths of the train split of a public
 * corpus of news sentence pairs that people labelled as the same statement or not (the Microsoft Research
 * Paraphrase Corpus); its fifth fifth is held out for `scripts/eval-paraphrase.ts`. No weight comes from the
 * sample articles.
 *
 * SAME_STATEMENT_THRESHOLD is the probability above which two reports are one statement. Two of three corpus
 * pairs are the same statement, so the most accurate threshold on the fitting pairs sits near one half; it is
 * set a little lower, since a reader misses less from a report shown in an extra group than from one left out.
 */
import { wordingFeatures, type Wordings } from './wording-features';

const BIAS = -4.776;
/** In the order of FEATURE_NAMES. */
const WEIGHTS = [
  -0.389, 0.133, -0.621, 2.721, -2.046, 0.46, 0.266, -1.119, -0.563, -0.027, 2.974, -1.214, 0.634, 3.38, 1.163, 0.319,
];

export const SAME_STATEMENT_THRESHOLD = 0.45;

export function sameStatementProbability(a: Wordings, b: Wordings): number {
  const features = wordingFeatures(a, b);
  let logit = BIAS;
  for (let k = 0; k < WEIGHTS.length; k++) logit += WEIGHTS[k] * features[k];
  return 1 / (1 + Math.exp(-logit));
}
