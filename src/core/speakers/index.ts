/**
 * Speaker resolution: finds the article's people (and the institutions, groups and unnamed sources that speak),
 * their roles and sides, and decides who each attribution's source phrase refers to.
 *
 * Cost: one linear word scan and one capitals scan over the text, then work per attribution bounded by a few
 * sentences. compromise is consulted as a dictionary (see `./compromiseLexicon`), never run over the whole text.
 */
import type { Attribution, SpeakerResolution } from '../attribution';
import type { PlacedParagraph } from '../article/model';
import { ArticleReader } from '../article/reader';
import { SPEECH_GRAMMAR } from '../quotes';
import { Resolver } from './resolver';
import type { ParagraphScanCache } from './scan';

export { namesMatch, normalizeName } from './names';

export { ParagraphScanCache } from './scan';

/**
 * Finds the article's speakers (names, roles, affiliations) and resolves each attribution's source to one of them.
 * `paragraphs` are the article model's (the quote finder's, so a paragraph is read once), and `scans` keeps
 * paragraph scans between analyses of one session, so re-analyzing an edited article re-reads only the paragraphs
 * that changed.
 */
export function resolveSpeakers(
  text: string,
  attributions: Attribution[],
  paragraphs: readonly PlacedParagraph[] = new ArticleReader(SPEECH_GRAMMAR).paragraphs(text),
  scans?: ParagraphScanCache,
): SpeakerResolution {
  return new Resolver(text, attributions, paragraphs, scans).run();
}
