/**
 * Reporting verbs and the complements they take. Every inflection is generated once, on first use, with compromise's
 * conjugator, so "insists", "insisted", "insisting" all match the one entry "insist".
 *
 * Verbs of saying, writing, asking, finding and thinking are here, and verbs of stance with an explicit complement
 * ("wants Congress to act", "backed the bill", "sees the plan as a trap"), which PolNeAR annotates as attributions of
 * an attitude and the product reports only on request (`STANCE_LEMMAS`). A stance inside someone's reported speech is
 * part of that speech (see `dropNestedReports`); verbs of perception without a view ("seems", "appears") are left
 * out: they name no holder of the attitude.
 */
import { conjugate } from '../text/nlp';

/**
 * What may follow the verb as reported content.
 * - clause: "said (that) …" — a bare clause is accepted too.
 * - that: only an explicit "that"-clause, a colon or a quotation (verbs that usually take a noun object: "announced a plan").
 * - addressee: an addressee comes first ("told reporters (that) …", "informed Zelenskyy that …").
 * - to: an infinitive ("promised to …", "offered to …").
 * - objectTo: an object, then an infinitive ("urged the US to …").
 * - at: a preposition and a gerund or clause ("hinted at …").
 * - predicate: an object and a quoted predicate ("called the talks “constructive”").
 * - question: an embedded question ("asked whether …", "wondered how …").
 * - object: a noun phrase that carries the content ("a poll shows Trump leading", "criticized the plan", "citing fears").
 */
export type Complement = 'clause' | 'that' | 'addressee' | 'to' | 'objectTo' | 'at' | 'predicate' | 'question' | 'object';

export interface ReportingVerb {
  lemma: string;
  complements: readonly Complement[];
  /** The verb can close a quotation or clause: "…," Peskov said / "…," said Peskov. */
  trailing: boolean;
  /** A particle that belongs to the cue ("point out", "hint at", "make it clear"). */
  particle?: string;
  /** Forms compromise does not know (irregular or mis-conjugated verbs). */
  forms?: readonly string[];
}

function verb(lemma: string, complements: Complement[], trailing: boolean, extra: Partial<ReportingVerb> = {}): ReportingVerb {
  return { lemma, complements, trailing, ...extra };
}

const CLAUSE_TRAILING = ['say', 'add', 'note', 'explain', 'insist', 'argue', 'claim', 'state', 'declare', 'confirm', 'admit',
  'acknowledge', 'suggest', 'write', 'tweet', 'post', 'report', 'announce', 'predict', 'reply', 'respond', 'answer', 'continue',
  'conclude', 'recall', 'observe', 'remark', 'comment', 'assert', 'contend', 'stress', 'emphasize', 'emphasise',
  'reiterate', 'repeat', 'concede', 'complain', 'boast', 'brag', 'joke', 'quip', 'lament', 'retort', 'counter', 'caution',
  'testify', 'allege', 'estimate', 'speculate', 'muse', 'wonder', 'agree', 'disclose', 'reveal', 'indicate', 'mention', 'recount',
  'vow', 'pledge', 'swear', 'predict', 'forecast', 'charge', 'protest', 'object', 'affirm', 'aver', 'opine', 'posit', 'theorize',
  'hypothesize', 'surmise', 'underline', 'underscore', 'highlight', 'add', 'rejoin', 'interject', 'exclaim', 'shout', 'yell',
  'scream', 'whisper', 'murmur', 'mutter', 'sigh', 'laugh', 'snap', 'bark', 'cry', 'plead', 'beg', 'concur', 'specify',
  'clarify', 'elaborate', 'blog', 'text', 'email', 'write', 'recommend', 'propose', 'demand', 'insist', 'urge', 'caution',
  'acknowledge', 'figure', 'reckon', 'believe', 'think', 'hope', 'fear', 'worry', 'expect', 'feel', 'know', 'guess',
  'suppose', 'assume', 'suspect', 'doubt', 'understand', 'acknowledge', 'deny', 'dispute', 'find', 'show', 'learn', 'hear',
  'read', 'conclude', 'determine', 'calculate', 'project', 'bet', 'imply', 'signal', 'hint', 'point',
  'grouse', 'gripe', 'grumble', 'fume', 'scoff', 'marvel', 'proclaim', 'confess', 'venture'];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'written', 'writes', 'writing', 'write'],
  swear: ['swore', 'sworn', 'swears', 'swearing', 'swear'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  know: ['knew', 'known', 'knows', 'knowing', 'know'],
  find: ['found', 'finds', 'finding', 'find'],
  show: ['showed', 'shown', 'shows', 'showing', 'show'],
  hear: ['heard', 'hears', 'hearing', 'hear'],
  read: ['read', 'reads', 'reading'],
  understand: ['understood', 'understands', 'understanding', 'understand'],
  bet: ['bet', 'bets', 'betting'],
  learn: ['learned', 'learnt', 'learns', 'learning', 'learn'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking', 'speak'],
  cry: ['cried', 'cries', 'crying', 'cry'],
  make: ['made', 'makes', 'making', 'make'],
  see: ['saw', 'seen', 'sees', 'seeing', 'see'],
  seek: ['sought', 'seeks', 'seeking', 'seek'],
  fight: ['fought', 'fights', 'fighting', 'fight'],
  rip: ['ripped', 'rips', 'ripping', 'rip'],
  go: ['went', 'gone', 'goes', 'going', 'go'],
  lay: ['laid', 'lays', 'laying', 'lay'],
  shoot: ['shot', 'shoots', 'shooting', 'shoot'],
  put: ['put', 'puts', 'putting'],
};

/** Stances: an aim ("wants to …"), a side taken ("backed the bill"), a view of something ("sees the plan as a trap"). */
const AIM_LEMMAS = ['want', 'plan', 'intend', 'seek', 'aim', 'wish', 'prefer', 'decide', 'strive', 'lobby', 'pressure'];
const SIDE_LEMMAS = ['support', 'oppose', 'back', 'favor', 'favour', 'champion', 'embrace', 'distrust', 'dislike', 'fault',
  'ridicule', 'express', 'voice', 'challenge', 'request', 'unveil', 'outline', 'attack', 'dismiss', 'deride',
  'trash', 'rip', 'insult', 'celebrate', 'promote', 'advocate', 'credit', 'congratulate', 'admire', 'respect',
  'trust', 'love', 'hate', 'accept', 'pursue', 'prioritize', 'target', 'ignore', 'downplay', 'laud', 'commend', 'spurn', 'snub',
  'scold', 'rebuke', 'chide', 'lambast', 'lambaste', 'excoriate', 'berate', 'castigate', 'disparage', 'belittle', 'defy',
  'resist'];
/** Stances taken through a particle: "pushed for a recount", "focused on jobs", "came out against the deal". */
const PARTICLE_STANCES: [string, string][] = [['push', 'for'], ['press', 'for'], ['fight', 'for'], ['argue', 'for'],
  ['advocate', 'for'], ['lobby', 'for'],  ['campaign', 'against'], ['argue', 'against'], ['fight', 'against'],
  ['focus', 'on'], ['respond', 'to'], ['point', 'to'], ['comment', 'on'], ['reflect', 'on'], ['complain', 'about'],
  ['ask', 'for'], ['agree', 'with'], ['disagree', 'with'], ['side', 'with'], ['warn', 'of'], ['warn', 'about'], ['worry', 'about'],
  ['go', 'after'], ['shrug', 'off'], ['brush', 'off'], ['lay', 'out'], ['single', 'out'], ['call', 'out'], ['warn', 'against'],
  ['complain', 'of'], ['object', 'to'], ['apologize', 'for'], ['boast', 'about'], ['brag', 'about'], ['joke', 'about'],
  ['talk', 'up'], ['play', 'down'], ['care', 'about'], ['believe', 'in'], ['hope', 'for'], ['wait', 'for'], ['look', 'to']];
const VIEW_LEMMAS = ['see', 'view', 'regard', 'consider', 'perceive'];

/**
 * Attributed attitudes that are not speech: reported only on request (`AnalysisOptions.attitudes`, PolNeAR's scope of
 * attribution). The product's scope is speech: the seeds gold leaves stances out.
 */
export const STANCE_LEMMAS: ReadonlySet<string> = new Set([...AIM_LEMMAS, ...SIDE_LEMMAS, ...VIEW_LEMMAS, 'vote for', 'vote against',
  'appear', 'seem', 'be expected', 'be seen', 'be known',
  ...PARTICLE_STANCES.map(([lemma, particle]) => `${lemma} ${particle}`)]);

/** Verbs of saying that also take a plain noun object ("announced new sanctions", "cited a poll"): with one, a stance. */
export const OBJECT_REPORT_LEMMAS: ReadonlySet<string> = new Set(['announce', 'cite', 'welcome', 'demand', 'emphasize', 'emphasise',
  'stress', 'disclose', 'reveal', 'recount', 'repeat', 'reiterate']);

/** Lemmas of thinking and of stance rather than of saying. */
export const ATTITUDE_LEMMAS: ReadonlySet<string> = new Set(['believe', 'think', 'feel', 'know', 'hope', 'fear', 'expect',
  'guess', 'suppose', 'assume', 'suspect', 'doubt', 'understand', 'figure', 'reckon', 'wonder', 'worry', ...STANCE_LEMMAS]);

/** Verbs whose complements are listed below rather than the default clause. */
const SPECIFIC = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'notify', 'brief', 'ask', 'promise', 'offer',
  'vow', 'pledge', 'threaten', 'agree', 'refuse', 'decline', 'propose', 'demand', 'urge', 'call', 'encourage', 'press',
  'implore', 'order', 'instruct', 'describe', 'dub', 'label', 'hint', 'point', 'welcome', 'announce', 'confirm', 'reveal',
  'speak', 'quote', 'cite', 'wonder', 'question', 'explain', 'hope']);

const VERBS: ReportingVerb[] = [
  ...[...new Set(CLAUSE_TRAILING)].filter((lemma) => !SPECIFIC.has(lemma)).map((lemma) => verb(lemma, ['clause'], true)),
  verb('tell', ['addressee'], true),
  verb('inform', ['addressee'], true),
  verb('assure', ['addressee'], true),
  verb('remind', ['addressee'], true),
  verb('warn', ['clause', 'addressee', 'objectTo'], true),
  verb('advise', ['addressee', 'objectTo'], true),
  verb('notify', ['addressee'], false),
  verb('brief', ['addressee'], false),
  verb('ask', ['objectTo', 'addressee', 'question'], true),
  verb('wonder', ['clause', 'question'], true),
  verb('question', ['question'], false),
  verb('explain', ['clause', 'question'], true),
  verb('promise', ['clause', 'to', 'addressee'], true),
  verb('offer', ['to', 'object'], false),
  verb('vow', ['to'], true),
  verb('pledge', ['to'], true),
  verb('threaten', ['to', 'that'], false),
  verb('agree', ['to'], true),
  verb('refuse', ['to'], false),
  verb('decline', ['to'], false),
  verb('propose', ['to', 'that'], true),
  verb('demand', ['to', 'clause'], true),
  verb('urge', ['objectTo', 'that'], true),
  verb('call', ['predicate', 'objectTo'], false, { particle: 'on' }),
  verb('call', ['predicate'], false),
  verb('encourage', ['objectTo'], false),
  verb('press', ['objectTo'], false),
  verb('implore', ['objectTo'], true),
  verb('order', ['objectTo'], false),
  verb('instruct', ['objectTo'], false),
  verb('describe', ['predicate', 'object'], false),
  verb('dub', ['predicate'], false),
  verb('label', ['predicate'], false),
  verb('brand', ['predicate'], false),
  verb('deem', ['predicate'], false),
  verb('pronounce', ['predicate'], false),
  verb('characterize', ['predicate'], false),
  verb('hint', ['at'], false, { particle: 'at' }),
  verb('point', ['that', 'clause'], true, { particle: 'out' }),
  verb('welcome', ['that'], false),
  verb('announce', ['that'], true),
  // "maintained a double-digit lead": without "that" the verb keeps something; it claims only with one.
  verb('maintain', ['that'], true),
  verb('confirm', ['that', 'clause'], true),
  verb('reveal', ['that', 'clause'], true),
  verb('vow', ['clause'], true),
  verb('pledge', ['clause'], true),
  verb('speak', ['that'], false),
  verb('quote', ['that'], false),
  verb('cite', ['that'], false),
  verb('call', ['object'], false, { particle: 'for' }),
  ...['show', 'find', 'indicate', 'criticize', 'criticise', 'praise', 'accuse', 'blame', 'endorse', 'defend', 'reject',
    'mention', 'recall', 'highlight', 'deny', 'predict', 'propose', 'condemn', 'applaud', 'slam', 'mock', 'decry',
    'denounce', 'lament', 'tout', 'hail', 'question', 'dispute', 'discuss', 'echo', 'blast', 'assail', 'reference', 'invoke',
    ...OBJECT_REPORT_LEMMAS,
    'bemoan', 'thank', 'chant', 'reiterate', 'acknowledge', 'report'].map((lemma) => verb(lemma, ['object'], false)),
  verb('refer', ['object'], false, { particle: 'to' }),
  verb('speak', ['object'], false, { particle: 'about' }),
  verb('speak', ['object'], false, { particle: 'of' }),
  verb('hope', ['clause', 'to'], true),
  verb('talk', ['object'], false, { particle: 'about' }),
  verb('rail', ['object'], false, { particle: 'against' }),
  // Stances with a stated object or aim ("wants Congress to act", "backed the bill", "sees the plan as a trap"): PolNeAR
  // annotates them as attributions of the subject's attitude; they need a subject and an explicit complement.
  ...AIM_LEMMAS.map((lemma) => verb(lemma, ['to', 'objectTo'], false)),
  ...['seek', 'prefer', 'want'].map((lemma) => verb(lemma, ['object'], false)),
  ...SIDE_LEMMAS.map((lemma) => verb(lemma, ['object'], false)),
  ...PARTICLE_STANCES.map(([lemma, particle]) => verb(lemma, ['object'], false, { particle })),
  ...VIEW_LEMMAS.map((lemma) => verb(lemma, ['predicate'], false)),
  verb('vote', ['object'], false, { particle: 'for' }),
  verb('vote', ['object'], false, { particle: 'against' }),
  verb('make', ['that'], false, { particle: 'clear' }),
  verb('make', ['that'], false, { particle: 'it clear' }),
  verb('weigh', ['clause'], true, { particle: 'in' }),
  verb('shoot', ['clause'], true, { particle: 'back' }),
  // "As the Tribune's Ruiz put it, …", "…, as one diplomat puts it."
  verb('put', ['clause'], true, { particle: 'it' }),
];

export interface CueForm {
  verb: ReportingVerb;
  /** Gerund ("saying"), participle after an auxiliary ("has said"), or a finite form. */
  form: 'base' | 'past' | 'present' | 'gerund';
}

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const yStem = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'i' : null;
  const doubled = /^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(lemma) ? lemma + lemma.slice(-1) : null;
  const past = yStem ? yStem + 'ed' : lemma.endsWith('e') ? lemma + 'd' : (doubled ?? lemma) + 'ed';
  const gerund = (lemma.endsWith('ee') ? lemma : doubled ?? stem) + 'ing';
  const present = yStem ? yStem + 'es' : /(s|x|z|ch|sh)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  return [past, gerund, present];
}

function formsOf(lemma: string): { form: CueForm['form']; word: string }[] {
  const irregular = IRREGULAR[lemma];
  const found: { form: CueForm['form']; word: string }[] = [{ form: 'base', word: lemma }];
  if (irregular) {
    for (const word of irregular) {
      const form = word.endsWith('ing') ? 'gerund' : word === lemma ? 'base' : word.endsWith('s') && word !== 'was' ? 'present' : 'past';
      found.push({ form, word });
    }
    return found;
  }
  // compromise conjugates most verbs; it leaves some noun-like ones unchanged ("tweet" → past "tweet", "blog" →
  // gerund "blog"), so each form is checked for its ending and replaced by the regular rule when it is off.
  const conjugated = conjugate(lemma);
  const [regularPast, regularGerund, regularPresent] = regularForms(lemma);
  const past = conjugated.PastTense && conjugated.PastTense.endsWith('ed') ? conjugated.PastTense : regularPast;
  const gerund = conjugated.Gerund && conjugated.Gerund.endsWith('ing') ? conjugated.Gerund : regularGerund;
  const present = conjugated.PresentTense && conjugated.PresentTense.endsWith('s') ? conjugated.PresentTense : regularPresent;
  found.push({ form: 'past', word: past }, { form: 'gerund', word: gerund }, { form: 'present', word: present });
  return found;
}

export interface CueEntry {
  verbs: ReportingVerb[];
  form: CueForm['form'];
}

let table: Map<string, CueEntry> | undefined;

/** Word form (lower case) → the reporting verbs it inflects. Built once. */
export function cueTable(): Map<string, CueEntry> {
  if (table) return table;
  const built = new Map<string, CueEntry>();
  for (const entry of VERBS) {
    for (const { form, word } of formsOf(entry.lemma)) {
      const existing = built.get(word);
      if (existing) {
        if (!existing.verbs.includes(entry)) existing.verbs.push(entry);
      } else built.set(word, { verbs: [entry], form });
    }
  }
  table = built;
  return built;
}

export const REPORTING_VERB_COUNT = new Set(VERBS.map((entry) => entry.lemma)).size;
