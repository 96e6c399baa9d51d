/**
 * General word lists for recognising speakers and roles in news text. compromise knows given names, countries,
 * cities and demonyms (see `./compromiseLexicon`) but not which country a demonym or an institution belongs to, nor
 * which nouns are job titles in a news sense (its `Actor` list mixes "acrobat" with "minister"), so those are here.
 */

/** Nouns that head a job title or role ("Kremlin spokesman", "deputy head of … office"). */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen',
  'negotiator', 'president', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy', 'emissary',
  'official', 'adviser', 'advisor', 'aide', 'director', 'head', 'chief', 'leader', 'mayor', 'governor', 'senator',
  'congressman', 'congresswoman', 'representative', 'lawmaker', 'legislator', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'ceo', 'founder', 'cofounder', 'co-founder', 'reporter', 'correspondent', 'editor', 'journalist',
  'columnist', 'anchor', 'host', 'commentator', 'analyst', 'economist', 'professor', 'researcher', 'scientist',
  'expert', 'general', 'commander', 'officer', 'deputy', 'member', 'candidate', 'nominee', 'judge', 'justice',
  'attorney', 'lawyer', 'prosecutor', 'counsel', 'strategist', 'pollster', 'manager', 'diplomat', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheriff', 'coroner', 'speaker', 'whip', 'activist', 'author', 'spokesperson', 'administrator',
  'commissioner', 'inspector', 'superintendent', 'coordinator', 'consultant', 'operative', 'organizer', 'organiser',
  'staffer', 'vice-president', 'vp', 'treasurer', 'auditor', 'comptroller', 'lieutenant', 'colonel', 'captain',
  'admiral', 'marshal', 'sergeant', 'major', 'mp', 'mep', 'monarch', 'emir', 'sheikh', 'ayatollah', 'cardinal',
  'bishop', 'archbishop', 'rabbi', 'imam', 'pastor', 'priest', 'dean', 'provost', 'principal', 'chancellor',
  'executive', 'economist', 'historian', 'physician', 'doctor', 'epidemiologist', 'biographer', 'spokesperson',
  'press secretary', 'chief of staff', 'prime minister', 'foreign minister', 'attorney general', 'secretary general',
  'secretary-general', 'director general', 'director-general', 'campaign manager', 'owner', 'partner', 'fellow',
  'associate', 'assistant', 'contributor', 'writer', 'producer', 'investor', 'entrepreneur', 'businessman',
  'businesswoman', 'banker', 'donor', 'fundraiser', 'surrogate', 'agent', 'detective', 'investigator', 'warden',
  'delegate', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman',
  'magistrate', 'clerk', 'registrar', 'rapporteur', 'observer', 'monitor', 'negotiator',
  'frontrunner', 'front-runner', 'publicist', 'rep',
]);

/**
 * Party labels: they modify titles ("Republican presidential candidate") and are never a name ("Clinton, a
 * Democrat,"), but they are not roles one person holds, so they must not make two Republicans one speaker.
 */
export const PARTY_LABELS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans', 'libertarian', 'tory', 'tories', 'socialist', 'gop']);

/** Words that modify a role noun inside a title ("Foreign Minister", "deputy head", "Press Secretary"). */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'deputy', 'vice', 'press', 'prime', 'chief', 'senior', 'former', 'acting', 'lead', 'top', 'general',
  'defense', 'defence', 'interior', 'state', 'finance', 'health', 'justice', 'first', 'assistant', 'associate',
  'executive', 'national', 'security', 'communications', 'campaign', 'principal', 'interim', 'outgoing', 'incoming',
  'presidential', 'parliamentary', 'military', 'economic', 'political', 'senior', 'junior', 'special', 'regional',
  'federal', 'local', 'county', 'city', 'district', 'majority', 'minority', 'ranking', 'retired', 'longtime',
  'high-ranking', 'top-ranking', 'managing', 'editorial', 'legal', 'policy', 'trade', 'energy', 'education',
  'transport', 'transportation', 'agriculture', 'labor', 'labour', 'treasury', 'home', 'intelligence', 'white',
  'house', 'staff', 'news', 'bureau', 'investigative', 'veteran', 'then', 'co', 'another', 'republican', 'democratic',
  'independent', 'conservative', 'liberal', 'progressive', 'democrat', 'libertarian', 'gop',
]);

/** Document-type nouns that stand for their author ("according to the report"). */
export const DOCUMENT_NOUNS = new Set([
  'report', 'statement', 'study', 'survey', 'poll', 'document', 'documents', 'memo', 'letter', 'filing', 'analysis',
  'article', 'paper', 'complaint', 'lawsuit', 'release', 'post', 'tweet', 'ad', 'advertisement', 'ruling',
  'indictment', 'assessment', 'review', 'audit', 'transcript', 'editorial', 'story', 'investigation', 'brief',
  'email', 'e-mail', 'message', 'note', 'notice', 'order', 'decision', 'opinion', 'verdict', 'communique', 'bulletin',
]);

/** Heads of a named or unnamed institution ("UK intelligence", "the Trump campaign", "the ministry"). */
export const INSTITUTION_NOUNS = new Set([
  'intelligence', 'government', 'ministry', 'military', 'army', 'navy', 'police', 'administration', 'office',
  'department', 'agency', 'committee', 'campaign', 'embassy', 'council', 'commission', 'court', 'parliament',
  'congress', 'senate', 'house', 'cabinet', 'party', 'union', 'federation', 'organization', 'organisation',
  'company', 'corporation', 'firm', 'group', 'network', 'newspaper', 'paper', 'magazine', 'channel', 'station',
  'broadcaster', 'outlet', 'agency', 'institute', 'foundation', 'university', 'board', 'bureau', 'authority',
  'authorities', 'service', 'services', 'force', 'forces', 'command', 'staff', 'team', 'delegation', 'coalition',
  'alliance', 'bank', 'fund', 'regime', 'kremlin', 'pentagon', 'presidency', 'secretariat', 'directorate',
  'prosecutor\'s', 'spokesperson\'s', 'headquarters', 'mission', 'tribunal', 'panel', 'caucus', 'legislature',
  'assembly', 'junta', 'cartel', 'association', 'society', 'club', 'center', 'centre', 'lab', 'laboratory',
]);

/**
 * Nouns a definite description uses for a business named earlier ("the software giant", "the iPhone maker", "the
 * carrier"). They are never heads of a name of their own, unlike the institutions above.
 */
export const BUSINESS_DESCRIPTION_NOUNS = new Set([
  'giant', 'maker', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'retailer', 'carrier', 'airline', 'insurer',
  'lender', 'chain', 'manufacturer', 'conglomerate', 'startup', 'utility', 'studio', 'label', 'brand', 'supplier',
  'provider',
]);

/** Plural heads of a collective source ("Ukrainian officials", "analysts", "Republicans"). */
export const GROUP_NOUNS = new Set([
  'officials', 'analysts', 'experts', 'critics', 'lawmakers', 'legislators', 'diplomats', 'investigators',
  'observers', 'residents', 'protesters', 'protestors', 'negotiators', 'leaders', 'scientists', 'economists',
  'authorities', 'prosecutors', 'researchers', 'activists', 'supporters', 'opponents', 'advocates', 'aides',
  'advisers', 'advisors', 'members', 'voters', 'witnesses', 'doctors', 'historians', 'strategists', 'democrats',
  'republicans', 'conservatives', 'liberals', 'progressives', 'allies', 'donors', 'delegates', 'senators',
  'representatives', 'ministers', 'commanders', 'officers', 'troops', 'soldiers', 'workers', 'employees', 'staffers',
  'insiders', 'observers', 'pollsters', 'organizers', 'organisers', 'campaigners', 'spokespeople', 'spokesmen',
  'militants', 'rebels', 'separatists', 'groups', 'agencies', 'governments', 'countries', 'nations', 'states',
  'media', 'reporters', 'journalists', 'commentators', 'pundits', 'students', 'parents', 'teachers', 'citizens',
  'americans', 'people', 'participants', 'attendees', 'users', 'customers', 'consumers', 'businesses', 'companies',
  'executives', 'bankers', 'investors', 'traders', 'lawyers', 'attorneys', 'judges', 'justices', 'sources',
  'police', 'scholars', 'academics', 'skeptics', 'sceptics', 'proponents', 'backers', 'rivals', 'challengers',
  'candidates', 'nominees', 'colleagues', 'friends', 'relatives', 'neighbors', 'neighbours', 'survivors', 'victims',
  'families', 'fans', 'polls', 'surveys', 'reports', 'studies',
]);

/** Heads and markers of unnamed sources ("a source familiar with the talks", "three unnamed people"). */
export const ANONYMOUS_HEADS = new Set(['source', 'sources', 'insider', 'insiders', 'person', 'people', 'individual', 'individuals', 'someone']);
export const ANONYMITY_MARKERS = /\b(?:unnamed|anonymous|anonymity|anonymously|unidentified|familiar with|who (?:asked|requested|declined) (?:not|that|to)|not authorized|not authorised|briefed on|close to|knowledgeable|with knowledge)\b/i;

export const PERSONAL_PRONOUNS = new Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second'>([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['i', 'first'], ['we', 'first'],
  ['you', 'second'], ['him', 'male'], ['her', 'female'], ['them', 'plural'],
]);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

const UNITED_STATES = 'United States';
const UNITED_KINGDOM = 'United Kingdom';

/**
 * Words that place a speaker on a side: demonyms, country names and short forms, capitals used for governments,
 * and seats of government. Keys are lower case; multi-word keys are matched as phrases.
 */
export const AFFILIATION_TERMS = new Map<string, string>([
  ...sideTerms('Russia', ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'russian federation']),
  ...sideTerms('Ukraine', ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev']),
  ...sideTerms(UNITED_STATES, ['us', 'u.s.', 'u.s', 'usa', 'america', 'american', 'americans', 'united states', 'washington', 'pentagon', 'white house', 'state department', 'congress', 'senate', 'cia', 'fbi', 'nsa', 'capitol hill', 'homeland security']),
  ...sideTerms(UNITED_KINGDOM, ['uk', 'u.k.', 'britain', 'british', 'united kingdom', 'london', 'downing street', 'whitehall', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh']),
  ...sideTerms('China', ['china', 'chinese', 'beijing']),
  ...sideTerms('France', ['france', 'french', 'paris', 'elysee', 'élysée']),
  ...sideTerms('Germany', ['germany', 'german', 'berlin']),
  ...sideTerms('Belarus', ['belarus', 'belarusian', 'minsk']),
  ...sideTerms('Turkey', ['turkey', 'turkish', 'ankara', 'türkiye']),
  ...sideTerms('Israel', ['israel', 'israeli', 'israelis', 'jerusalem']),
  ...sideTerms('Palestine', ['palestinian', 'palestinians', 'gaza', 'hamas', 'ramallah']),
  ...sideTerms('Iran', ['iran', 'iranian', 'tehran']),
  ...sideTerms('Iraq', ['iraq', 'iraqi', 'baghdad']),
  ...sideTerms('Syria', ['syria', 'syrian', 'damascus']),
  ...sideTerms('Saudi Arabia', ['saudi', 'saudi arabia', 'riyadh']),
  ...sideTerms('Egypt', ['egypt', 'egyptian', 'cairo']),
  ...sideTerms('India', ['india', 'indian', 'new delhi']),
  ...sideTerms('Pakistan', ['pakistan', 'pakistani', 'islamabad']),
  ...sideTerms('Afghanistan', ['afghanistan', 'afghan', 'kabul', 'taliban']),
  ...sideTerms('Japan', ['japan', 'japanese', 'tokyo']),
  ...sideTerms('South Korea', ['south korea', 'south korean', 'seoul']),
  ...sideTerms('North Korea', ['north korea', 'north korean', 'pyongyang']),
  ...sideTerms('Canada', ['canada', 'canadian', 'ottawa']),
  ...sideTerms('Mexico', ['mexico', 'mexican', 'mexico city']),
  ...sideTerms('Brazil', ['brazil', 'brazilian', 'brasilia']),
  ...sideTerms('Italy', ['italy', 'italian', 'rome']),
  ...sideTerms('Spain', ['spain', 'spanish', 'madrid']),
  ...sideTerms('Poland', ['poland', 'polish', 'warsaw']),
  ...sideTerms('Hungary', ['hungary', 'hungarian', 'budapest']),
  ...sideTerms('Georgia', ['tbilisi', 'georgian']),
  ...sideTerms('Moldova', ['moldova', 'moldovan', 'chisinau']),
  ...sideTerms('Finland', ['finland', 'finnish', 'helsinki']),
  ...sideTerms('Sweden', ['sweden', 'swedish', 'stockholm']),
  ...sideTerms('Norway', ['norway', 'norwegian', 'oslo']),
  ...sideTerms('Netherlands', ['netherlands', 'dutch', 'the hague', 'amsterdam']),
  ...sideTerms('Belgium', ['belgium', 'belgian']),
  ...sideTerms('Greece', ['greece', 'greek', 'athens']),
  ...sideTerms('Australia', ['australia', 'australian', 'canberra']),
  ...sideTerms('Venezuela', ['venezuela', 'venezuelan', 'caracas']),
  ...sideTerms('Cuba', ['cuba', 'cuban', 'havana']),
  ...sideTerms('Taiwan', ['taiwan', 'taiwanese', 'taipei']),
  ...sideTerms('Qatar', ['qatar', 'qatari', 'doha']),
  ...sideTerms('European Union', ['eu', 'e.u.', 'european union', 'brussels', 'european commission']),
  ...sideTerms('NATO', ['nato']),
  ...sideTerms('United Nations', ['un', 'u.n.', 'united nations']),
]);

function sideTerms(side: string, terms: string[]): [string, string][] {
  return terms.map((term) => [term, side]);
}

/** Last words that make a run of capitals a street or square, never a person ("Harbour Road", "Bank Street"). */
export const STREET_WORDS = new Set(['road', 'street', 'avenue', 'boulevard', 'square', 'plaza', 'highway', 'motorway']);

/** Prepositions that name who a document or a source comes from ("a message from X", "a tally by X"). */
export const AUTHOR_PREPOSITIONS = new Set(['from', 'by']);

/** Last words of a place's name ("Persian Gulf", "Tarrow Valley", "Harlow County"), never of a person's. */
export const PLACE_HEAD_WORDS = new Set([
  'gulf', 'sea', 'ocean', 'river', 'valley', 'island', 'islands', 'peninsula', 'strait', 'straits', 'canal', 'coast',
  'desert', 'county', 'province', 'district', 'region', 'canyon', 'delta', 'basin', 'airport', 'mountains',
]);
/**
 * Last words of the name of a venue, a congregation or a business ("Arrowhead Stadium", "Wasilla Bible Church",
 * "Shavlik Technologies") that are also surnames ("Charlotte Church"): an organisation only after a word that is no
 * given name.
 */
export const VENUE_HEAD_WORDS = new Set([
  'stadium', 'arena', 'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'courthouse', 'conference', 'clinic',
  'academy', 'museum', 'hotel', 'casino', 'resort', 'mall', 'hospital', 'school', 'technologies', 'telecom',
  'systems', 'industries', 'holdings', 'airlines', 'airways', 'motors', 'pharmaceuticals', 'plc', 'gmbh', 'dairy',
  'creamery', 'brewery', 'bakery', 'winery', 'refinery', 'factory',
]);
/** First words of a place's name ("Avenue Montaigne", "Place Vendome", "Rancho Mirage", "Fort Tarrow"), never of a person's. */
export const PLACE_OPENING_WORDS = new Set([
  'avenue', 'place', 'rue', 'via', 'piazza', 'plaza', 'porta', 'rancho', 'champs', 'mount', 'fort', 'port', 'cape',
  'lake', 'downtown', 'greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
]);
/** Last words of a place's name that are also surnames ("Ricki Lake"): a place only after a word that is no given name. */
export const PLACE_HEAD_SURNAMES = new Set(['lake', 'bay', 'hills', 'forest', 'beach', 'falls', 'creek', 'park', 'bridge', 'city', 'village', 'heights', 'harbor', 'harbour']);

/** Capitals and seats of government that stand for their state as a speaker ("Moscow said", "Kyiv proposed"). */
export const GOVERNMENT_METONYMS = new Map<string, string>([
  ['moscow', 'Russia'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'], ['washington', UNITED_STATES], ['beijing', 'China'],
  ['london', UNITED_KINGDOM], ['paris', 'France'], ['berlin', 'Germany'], ['minsk', 'Belarus'], ['ankara', 'Turkey'],
  ['tehran', 'Iran'], ['jerusalem', 'Israel'], ['damascus', 'Syria'], ['pyongyang', 'North Korea'], ['seoul', 'South Korea'],
  ['tokyo', 'Japan'], ['ottawa', 'Canada'], ['warsaw', 'Poland'], ['budapest', 'Hungary'], ['riyadh', 'Saudi Arabia'],
  ['new delhi', 'India'], ['islamabad', 'Pakistan'], ['kabul', 'Afghanistan'], ['baghdad', 'Iraq'], ['cairo', 'Egypt'],
  ['caracas', 'Venezuela'], ['havana', 'Cuba'], ['taipei', 'Taiwan'], ['brussels', 'European Union'],
  ['us', UNITED_STATES], ['u.s.', UNITED_STATES], ['u.s', UNITED_STATES], ['usa', UNITED_STATES], ['america', UNITED_STATES],
  ['united states', UNITED_STATES], ['uk', UNITED_KINGDOM], ['u.k.', UNITED_KINGDOM], ['britain', UNITED_KINGDOM],
  ['united kingdom', UNITED_KINGDOM],
]);

/** Capitalised words that head an organisation's name ("Financial Times", "Justice Department"). */
export const ORGANIZATION_NAME_WORDS = new Set([
  'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'guardian', 'telegraph', 'gazette', 'review',
  'magazine', 'network', 'radio', 'television', 'tv', 'agency', 'ministry', 'department', 'council', 'commission',
  'committee', 'nations', 'union', 'party', 'institute', 'university', 'college', 'foundation', 'association',
  'organization', 'organisation', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'group', 'bank', 'fund', 'court',
  'congress', 'senate', 'parliament', 'assembly', 'office', 'bureau', 'service', 'services', 'administration',
  'command', 'forces', 'army', 'navy', 'police', 'intelligence', 'kremlin', 'pentagon', 'house', 'campaign',
  'center', 'centre', 'society', 'federation', 'alliance', 'coalition', 'board', 'authority', 'company', 'co',
  'reuters', 'bloomberg', 'politico', 'axios', 'nbc', 'cbs', 'abc', 'cnn', 'bbc', 'pbs', 'npr', 'msnbc', 'fox',
  'rbc', 'tass', 'ria', 'interfax', 'ukrinform', 'afp', 'ap', 'dpa', 'jazeera', 'street', 'hill', 'monitor',
  'observer', 'independent', 'economist', 'atlantic', 'wire', 'daily', 'weekly', 'courier', 'chronicle', 'sun',
  'mirror', 'express', 'star', 'record', 'globe', 'mail', 'examiner', 'inquirer', 'register', 'bulletin', 'insider',
  'politifact', 'breitbart', 'huffpost', 'buzzfeed', 'vox', 'slate', 'salon', 'newsweek', 'front', 'movement', 'brigade',
  'brigades', 'league',
]);

/**
 * Names that follow the Arabic article "Al" in organisations' names ("Al Qaeda", "Al Arabiya"). "Al" alone is no mark
 * of an organisation: it is also an English given name ("Al Gore", "spokesman Al Ruiz").
 */
export const AL_ORGANIZATION_NAMES = new Set([
  'qaeda', 'qaida', 'jazeera', 'jazira', 'arabiya', 'shabab', 'shabaab', 'nusra', 'aqsa', 'ahram', 'manar', 'azhar',
  'quds', 'hayat', 'watan', 'akhbar', 'mayadeen', 'masry', 'ahli', 'hilal', 'ittihad', 'nahda', 'islah', 'wefaq',
]);

/** Capitalised words that start a sentence or clause and are never part of a speaker's name. */
export const NON_NAME_CAPITALS = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'meanwhile', 'however', 'also', 'in', 'on', 'at', 'after',
  'before', 'as', 'when', 'while', 'since', 'if', 'although', 'though', 'because', 'for', 'from', 'with', 'by',
  'to', 'of', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'there', 'here', 'then', 'now', 'still', 'instead', 'according', 'despite', 'during',
  'until', 'over', 'under', 'speaking', 'asked', 'read', 'what', 'who', 'why', 'how', 'where', 'which', 'yes', 'no',
  'not', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'another', 'other', 'such', 'just', 'even', 'only',
  'last', 'next', 'first', 'earlier', 'later', 'today', 'tomorrow', 'yesterday', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'author', 'photo', 'image',
  'video', 'related', 'advertisement', 'update', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion',
  'editor', 'note', 'welcoming', 'following', 'amid', 'among', 'without', 'within', 'whether', 'once', 'unlike',
  'like', 'about', 'above', 'across', 'against', 'along', 'around', 'behind', 'below', 'beside', 'between',
  'beyond', 'into', 'near', 'off', 'onto', 'out', 'per', 'through', 'toward', 'towards', 'upon', 'via', 'again',
]);
