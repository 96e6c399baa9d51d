/**
 * PolNeAR gold cut to speech: the attributions whose cue is a verb or phrase of saying, and every direct quotation.
 * PolNeAR also annotates stances ("wants to …", "backed the bill") that a speech-only corpus leaves out; recall on this
 * cut is the closest PolNeAR comes to such a corpus. Precision against it means nothing (the stances Source Lens leaves
 * out are gone from it, but so are those it reports in PolNeAR's scope), so only recall is read from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SPEECH_CUE = /^(?:said|says|say|saying|told|tells|tell|telling|according to|added|adds|adding|wrote|writes|writing|asked|asks|noted|notes|explained|explains|stated|states|declared|announced|claimed|claims|insisted|insists|argued|argues|tweeted|warned|warns|acknowledged|admitted|replied|responded|recalled|continued|concluded|suggested|suggests|predicted|:|")$/i;

interface GoldQuote {
  type: string;
  cue?: string;
}

/** Writes the speech cut of `goldFile` to `outFile` and returns how many quotations it kept. */
export function writeSpeechGold(goldFile: string, outFile: string): number {
  let kept = 0;
  const lines = readFileSync(goldFile, 'utf8').split('\n').filter((line) => line.trim()).map((line) => {
    const record = JSON.parse(line) as { quotes: GoldQuote[] };
    record.quotes = record.quotes.filter((quote) => quote.type === 'direct' || SPEECH_CUE.test((quote.cue ?? '').trim()));
    kept += record.quotes.length;
    return JSON.stringify(record);
  });
  writeFileSync(outFile, lines.join('\n') + '\n');
  return kept;
}
