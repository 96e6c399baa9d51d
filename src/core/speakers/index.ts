import type { Attribution, SpeakerResolution } from '../attribution';

/** Finds the article's speakers (names, roles, affiliations) and resolves each attribution's source to one of them. */
export function resolveSpeakers(text: string, attributions: Attribution[]): SpeakerResolution {
  void text;
  return { speakers: [], resolved: attributions.map(() => null) };
}
