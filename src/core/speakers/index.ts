/**
 * Speaker resolution: finds the article's people (and the institutions, groups and unnamed sources that speak),
 * their roles and sides, and decides who each attribution's source phrase refers to.
 *
 * Cost: one linear word scan and one capitals scan over the text, then work per attribution bounded by a few
 * sentences. compromise is consulted as a dictionary (see `./compromiseLexicon`), never run over the whole text.
 */
import type { Attribution, SpeakerResolution } from '../attribution';
import { Resolver } from './resolver';
import type { LineScanCache } from './scan';

export { namesMatch, normalizeName } from './names';

export { LineScanCache } from './scan';

/**
 * Finds the article's speakers (names, roles, affiliations) and resolves each attribution's source to one of them.
 * `lineScans` keeps line scans between analyses of one session, so re-analyzing an edited article re-reads only
 * the lines that changed.
 */
export function resolveSpeakers(text: string, attributions: Attribution[], lineScans?: LineScanCache): SpeakerResolution {
  return new Resolver(text, attributions, lineScans).run();
}
