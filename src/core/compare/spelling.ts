/**
 * British spellings in their American form ("centre" → "center", "organised" → "organized", "travelled" →
 * "traveled"): outlets on both sides of the Atlantic report one statement, and the suffix stripper reads the two
 * spellings as different words ("centr" / "cent"). Only words known to differ are rewritten: "-ise" alone is no
 * sign ("promise", "exercise").
 */

const WHOLE_WORDS: Record<string, string> = {
  centre: 'center', centres: 'centers', theatre: 'theater', theatres: 'theaters', metre: 'meter', metres: 'meters',
  litre: 'liter', litres: 'liters', fibre: 'fiber', calibre: 'caliber', spectre: 'specter', sombre: 'somber',
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', licence: 'license',
  pretence: 'pretense', programme: 'program', programmes: 'programs', tyre: 'tire', tyres: 'tires', grey: 'gray',
  aluminium: 'aluminum', plough: 'plow', mould: 'mold', sceptic: 'skeptic', sceptical: 'skeptical',
  scepticism: 'skepticism', manoeuvre: 'maneuver', manoeuvres: 'maneuvers', catalogue: 'catalog', dialogue: 'dialog',
  analogue: 'analog', jewellery: 'jewelry', judgement: 'judgment', judgements: 'judgments', ageing: 'aging',
  enrol: 'enroll', fulfil: 'fulfill', instalment: 'installment',
  paediatric: 'pediatric', anaesthetic: 'anesthetic', oestrogen: 'estrogen', diarrhoea: 'diarrhea', foetus: 'fetus',
  draught: 'draft', pyjamas: 'pajamas', cosy: 'cozy', moustache: 'mustache', storeys: 'stories',
};

/** "colour", "colours", "coloured", "colourful": the -our stems that American English writes -or. */
const OUR_STEMS = /^(col|hon|lab|fav|behavi|neighb|harb|rum|hum|flav|vap|endeav|arm|od|savi|val|vig|tum|parl|splend|ard|rig|clam)our/;
/** "organise", "organised", "organisation": -ise verbs that American English writes -ize. */
const ISE_VERBS = /^(organ|recogn|real|apolog|critic|emphas|priorit|author|character|mobil|legal|normal|stabil|destabil|minim|maxim|privat|modern|final|summar|util|categor|special|sympath|capital|central|hospital|jeopard|penal|scrutin|standard|subsid|visual|memorial|public|formal|global|industrial|neutral|polar|radical|demon|antagon|criminal|harmon|ideal|immun|local|material|natural|optim|patron|politic|rational|revolution|scandal|terror|traumat|vandal|weapon|legitim|marginal|monopol|energ|equal|familiar|fertil|magnet|person|popular|synchron|tantal|theor|urban|western)is(e|es|ed|ing|ation|ations|er|ers)$/;
/** "analyse", "paralysed". */
const YSE_VERBS = /^(anal|paral|catal|electrol|hydrol)ys(e|es|ed|ing)$/;
/** "travelled", "cancelling": British doubles the l before a suffix. */
const DOUBLED_L = /^(travel|cancel|label|model|signal|total|fuel|level|counsel|channel|marshal|quarrel|dial|duel|rival|pedal|shovel|tunnel|equal|jewel|libel|marvel|panel|parcel|pencil|barrel|unravel|snorkel)l(ed|ing|er|ers)$/;

export function americanSpelling(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  if (!/[oil]/.test(word)) return word;
  if (OUR_STEMS.test(word)) return word.replace('our', 'or');
  const ise = ISE_VERBS.exec(word);
  if (ise) return `${ise[1]}iz${ise[2]}`;
  const yse = YSE_VERBS.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  const doubled = DOUBLED_L.exec(word);
  return doubled ? `${doubled[1]}${doubled[2]}` : word;
}
