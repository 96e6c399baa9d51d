/**
 * General English knowledge that lets a paraphrase match the words it replaces: near-synonyms of the nouns,
 * verbs and adjectives that news reports of statements use, irregular verb forms and plurals, phrasal verbs,
 * and the names of countries, their peoples and their capitals (a capital stands for its government:
 * "Kyiv said" reports Ukraine). Written for any news corpus; no entry comes from one article.
 * Each set's words share one concept; a word belongs to one set only, in its most common news sense.
 */

const SYNONYM_SETS = `
talk negotiation negotiate discussion discuss dialogue parley
agreement deal accord pact treaty settlement
ceasefire truce armistice
declare announce proclaim assert affirm outline
willing willingness ready readiness prepared eager
demand requirement require precondition
aspiration ambition aim goal objective
fulfil fulfill satisfy comply
core fundamental basic essential central principal
abandon renounce relinquish forgo forsake surrender waive drop
withdrawal withdraw pullout retreat
reduce cut curtail diminish decrease lessen
separate distinct
progress headway advance
attack assault offensive raid onslaught
troop soldier force army
weapon arms armament weaponry
promise pledge vow commitment commit undertake undertaking
plan proposal scheme blueprint initiative framework roadmap
suggest propose offer
country nation
government administration authorities
leader chief
sanction penalty embargo
war conflict fighting hostilities combat
kill slay
death fatality
election ballot
referendum plebiscite
law legislation statute
ban prohibit prohibition forbid outlaw
support backing endorse endorsement
reject rejection refuse refusal rebuff spurn dismiss
deny refute
accept acceptance consent approve approval
criticise criticize criticism condemn condemnation denounce censure decry
warn warning caution
threat threaten
help aid assist assistance
increase rise growth surge boost
begin start launch
stop halt cease suspend suspension
continue persist
remain stay
important significant crucial critical vital
big large huge massive
small minor modest slight
hope hopeful optimism optimistic
confident confidence certain convinced
believe think consider
notice observe detect spot
show demonstrate indicate reveal
meeting summit conference
territory region area land
city town
border frontier
recognise recognize recognition acknowledge acknowledgement
admit concede confess
claim allege contend
request appeal urge
protect protection defend defence defense safeguard
ensure assure
difficult hard tough challenging
possible feasible achievable
correct accurate true
false untrue incorrect inaccurate wrong
funding funds financing
cost expense
investigation inquiry probe investigate
evidence proof
accuse accusation
arrest detain detention
prison jail
crisis emergency
issue question matter problem
solution resolution
decide decision
change alter modify amend revise
maintain preserve retain sustain
destroy destruction demolish
damage harm
move shift relocate reposition redeploy
join enter accede
foreign overseas external
allow permit authorise authorize
respond reply response answer
stress emphasise emphasize underline underscore highlight
explain clarify
breakthrough
guarantee
`;

/** Phrasal verbs that mean one word of a set above: the verb's base and its particle. */
const PHRASAL_VERBS: Record<string, string> = {
  'give up': 'abandon', 'scale back': 'reduce', 'scale down': 'reduce', 'cut back': 'reduce', 'pull out': 'withdrawal',
  'pull back': 'withdrawal', 'draw down': 'reduce', 'set out': 'declare', 'lay out': 'declare', 'put forward': 'suggest',
  'call for': 'request', 'turn down': 'reject', 'back down': 'retreat', 'carry on': 'continue', 'set up': 'begin',
  'step up': 'increase', 'hold off': 'stop', 'rule out': 'reject',
};

const IRREGULAR_FORMS = `
made:make said:say gave:give given:give took:take taken:take held:hold told:tell sought:seek brought:bring
thought:think began:begin begun:begin drew:draw drawn:draw spoke:speak spoken:speak wrote:write written:write
chose:choose chosen:choose fought:fight won:win lost:lose kept:keep sent:send spent:spend built:build bought:buy
caught:catch felt:feel found:find heard:hear knew:know known:know led:lead meant:mean paid:pay ran:run saw:see
seen:see sold:sell stood:stand struck:strike understood:understand withdrew:withdraw withdrawn:withdraw
undertook:undertake undertaken:undertake broke:break broken:break fell:fall fallen:fall rose:rise risen:rise
grew:grow grown:grow shown:show became:become came:come met:meet forbade:forbid forbidden:forbid forgone:forgo
forwent:forgo overtook:overtake shot:shoot sat:sit
children:child men:man women:woman people:person
`;

/** Countries by their peoples' adjectives and their capitals, all to the country's name. */
const PLACES = `
russian:russia moscow:russia kremlin:russia ukrainian:ukraine kyiv:ukraine kiev:ukraine american:america
washington:america british:britain london:britain english:england chinese:china beijing:china french:france
paris:france german:germany berlin:germany turkish:turkey ankara:turkey iranian:iran tehran:iran israeli:israel
jerusalem:israel belarusian:belarus minsk:belarus polish:poland warsaw:poland japanese:japan tokyo:japan
spanish:spain madrid:spain italian:italy rome:italy iraqi:iraq baghdad:iraq syrian:syria damascus:syria
afghan:afghanistan kabul:afghanistan pakistani:pakistan indian:india delhi:india canadian:canada ottawa:canada
mexican:mexico european:europe brussels:europe palestinian:palestine egyptian:egypt cairo:egypt korean:korea seoul:korea pyongyang:korea swedish:sweden stockholm:sweden finnish:finland
helsinki:finland dutch:netherlands hague:netherlands greek:greece athens:greece georgian:georgia tbilisi:georgia
`;

export interface Lexicon {
  /** The concept of a stem, when a set holds it. */
  concept(stem: string): string | undefined;
  /** The base form of an irregular word form or a place word ("gave" → "give", "Kyiv" → "ukraine"). */
  base(word: string): string | undefined;
  /** The concept of a phrasal verb, by its verb's stem and its particle. */
  phrasal(verbStem: string, particle: string): string | undefined;
}

export const PARTICLES = new Set(['up', 'down', 'out', 'back', 'forward', 'for', 'off', 'on']);

/** Builds the lexicon with the stemmer the comparison uses, so every inflection of a set's words finds it. */
export function buildLexicon(stem: (word: string) => string): Lexicon {
  const concepts = new Map<string, string>();
  for (const line of SYNONYM_SETS.trim().split('\n')) {
    const words = line.trim().split(/\s+/);
    const concept = stem(words[0]);
    for (const word of words) if (!concepts.has(stem(word))) concepts.set(stem(word), concept);
  }
  const bases = new Map<string, string>();
  for (const pair of `${IRREGULAR_FORMS} ${PLACES}`.trim().split(/\s+/)) {
    const [form, base] = pair.split(':');
    bases.set(form, base);
  }
  const phrasal = new Map<string, string>();
  for (const [phrase, word] of Object.entries(PHRASAL_VERBS)) {
    const [verb, particle] = phrase.split(' ');
    phrasal.set(`${stem(verb)} ${particle}`, concepts.get(stem(word)) ?? stem(word));
  }
  return {
    concept: (s) => concepts.get(s),
    base: (word) => bases.get(word),
    phrasal: (verbStem, particle) => phrasal.get(`${verbStem} ${particle}`),
  };
}
