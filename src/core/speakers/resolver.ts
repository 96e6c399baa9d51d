/**
 * The resolution pass behind `resolveSpeakers`: people first (names, titles, appositives), then attribution sources
 * and free he/she pronouns in text order, so that each pronoun and role description sees what came before it.
 */
import type { Attribution, ResolvedSource, SpeakerResolution } from '../attribution';
import type { Span } from '../types';
import { ReferenceTimeline, type PronounClass } from './antecedents';
import { candidatesIn, type NameCandidate } from './candidates';
import { ageAround, type DescriptionHead } from './descriptions';
import { hasTag } from './compromiseLexicon';
import { GOVERNMENT_METONYMS, PERSONAL_PRONOUNS } from './lexicon';
import { PersonIndex, type PersonEntity } from './persons';
import { SpeakerRegistry, type SpeakerEntry } from './registry';
import { SpanSet } from './spanSet';
import { roleFit, roleSignature, rolesAround, type RoleSignature } from './roles';
import { organizationKey, readSource, type SourceReading } from './sourcePhrase';
import { printedOrganizations, renamedOrganization, type PrintedOrganization } from './organizationDescriptions';
import type { PlacedParagraph } from '../article/model';
import { scanArticle, type ParagraphScanCache } from './scan';
import { wordAt, type ArticleWords } from './words';

/** Role heads that, after "a"/"an", are almost always an unnamed source rather than a named person's title. */
const UNNAMED_ROLE_HEADS = new Set(['official', 'aide', 'staffer', 'member', 'adviser', 'advisor', 'insider', 'diplomat', 'officer']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** Roles that speak for someone else: "the spokeswoman" after "Ana Ruiz" is Ruiz's spokeswoman, unless Ruiz holds the role. */
const PROXY_ROLE_HEADS = new Set(['spokesperson', 'aide', 'adviser', 'representative', 'staffer', 'lawyer', 'attorney', 'publicist']);
/** How near a named holder must be for a definite role description to prefer it over the person just mentioned. */
const NEAR_HOLDER_SENTENCES = 3;
/** How far back a definite role description ("the Republican nominee") looks for the person it renames. */
const DESCRIPTION_LOOKBACK_SENTENCES = 2;
const LEADING_HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Rev|Maj)\.?\s+)+/;
/** How far back "the report" looks for the organisation that published it. */
const DOCUMENT_LOOKBACK_SENTENCES = 4;
const NP_STOP_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction'];
/** Words that stay inside a noun phrase before "who" ("the nominee for president, who"; "people involved in the talks, who"). */
const NP_INNER_WORDS = new Set(['involved', 'familiar', 'of', 'for', 'in', 'at', 'with', 'from', 'to']);
/** Words that open a noun phrase: the walk back from "who" stops after them. */
const NP_OPENERS = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many)$/;

export class Resolver {
  private readonly article: ArticleWords;
  private readonly candidates: NameCandidate[];
  private readonly persons: PersonIndex;
  private readonly registry: SpeakerRegistry;
  private readonly timeline = new ReferenceTimeline();
  private readonly entryOfPerson = new Map<PersonEntity, SpeakerEntry>();
  /** Direct quotations: names and pronouns inside them belong to the quoted speaker's world, not the article's. */
  private readonly quoted: SpanSet;
  /** The content of the attribution being resolved: its own words never name its speaker. */
  private excludedNow = new SpanSet([]);
  private lastOrganizationSource: { entry: SpeakerEntry; sentence: number } | undefined;
  /** Organisation names in text order, for descriptions to rename. */
  private organizations?: PrintedOrganization[];
  /** Organisations resolved as sources, in text order: read as names only by a source phrase ("the Harlow County Sheriff's Department"). */
  private readonly spokenOrganizations: PrintedOrganization[] = [];
  private readonly heldRoles: { entry: SpeakerEntry; signature: RoleSignature; start: number; sentence: number }[] = [];
  private readonly rolesOf = new Map<SpeakerEntry, RoleSignature[]>();
  /** Role-only references that stand for themselves ("a spokesperson for the actress"), in text order. */
  private readonly unnamedHolders: { entry: SpeakerEntry; signature: RoleSignature; start: number }[] = [];

  constructor(private readonly text: string, private readonly attributions: Attribution[], paragraphs: readonly PlacedParagraph[], scans?: ParagraphScanCache) {
    const scan = scanArticle(text, paragraphs, scans);
    this.article = scan.article;
    this.candidates = scan.candidates;
    this.persons = new PersonIndex(this.candidates);
    this.registry = new SpeakerRegistry(text);
    this.quoted = new SpanSet(attributions.filter((a) => a.type === 'direct').flatMap((a) => a.parts));
  }

  run(): SpeakerResolution {
    for (const person of this.persons.persons) {
      if (person.fullest.hasGivenName || person.mentions.some((m) => m.titled)) this.entryFor(person);
    }
    this.timeline.seal();
    const resolvedEntries: (SpeakerEntry | undefined)[] = this.attributions.map(() => undefined);
    const mentions: (Span | undefined)[] = this.attributions.map(() => undefined);
    for (const event of this.events()) {
      if (event.kind === 'pronoun') {
        this.followPronoun(event.word);
        continue;
      }
      const { index, source } = event;
      this.excludedNow = new SpanSet(this.attributions[index].parts);
      const result = this.resolveSource(source);
      if (!result) continue;
      resolvedEntries[index] = result.entry;
      mentions[index] = result.mention;
      const sentence = this.sentenceAt(source.start);
      this.timeline.addResolved({ start: source.start, sentence, entry: result.entry, kind: 'source' });
      if (result.entry.kind === 'organization') this.lastOrganizationSource = { entry: result.entry, sentence };
    }
    this.addOrganizationMentions();
    const { speakers, idOf } = this.registry.build();
    const resolved: (ResolvedSource | null)[] = resolvedEntries.map((entry, i) => {
      const mention = mentions[i];
      return entry && mention ? { speakerId: idOf.get(entry) ?? '', mention } : null;
    });
    return { speakers, resolved };
  }

  /** Attribution sources and free he/she pronouns, in text order: pronoun chains carry the focus between sources. */
  private events(): ({ kind: 'source'; offset: number; index: number; source: Span } | { kind: 'pronoun'; offset: number; word: number })[] {
    const sources = this.attributions
      .map((a, index) => ({ kind: 'source' as const, offset: a.source?.start ?? -1, index, source: a.source }))
      .filter((a): a is { kind: 'source'; offset: number; index: number; source: Span } => a.source !== undefined && a.source.end > a.source.start);
    const sourceSpans = new SpanSet(sources.map((s) => s.source));
    const pronouns: { kind: 'pronoun'; offset: number; word: number }[] = [];
    this.article.words.forEach((word, i) => {
      if ((word.lower === 'he' || word.lower === 'she') && !sourceSpans.contains(word.start) && !this.quoted.contains(word.start)) pronouns.push({ kind: 'pronoun', offset: word.start, word: i });
    });
    return [...sources, ...pronouns].sort((a, b) => a.offset - b.offset || (a.kind === 'source' ? -1 : 1));
  }

  /** A he/she that attributes nothing still links to its antecedent, so later pronouns can follow the chain. */
  private followPronoun(index: number): void {
    const word = this.article.words[index];
    const pronoun = word.lower === 'he' ? 'male' : 'female';
    const entry = this.timeline.antecedent({ start: word.start, sentence: word.sentence, pronoun, excluded: (offset) => this.quoted.contains(offset) });
    if (!entry) return;
    entry.gender ??= pronoun;
    this.timeline.addResolved({ start: word.start, sentence: word.sentence, entry, kind: 'pronoun' });
  }

  private sentenceAt(offset: number): number {
    const index = Math.min(wordAt(this.article.words, offset), this.article.words.length - 1);
    return index >= 0 ? this.article.words[index].sentence : 0;
  }

  /** The registry entry of a person, created with every name mention and the roles printed around them. */
  private entryFor(person: PersonEntity): SpeakerEntry {
    const existing = this.entryOfPerson.get(person);
    if (existing) return existing;
    // A title abbreviation is not part of a full name ("Rep. Nora Quist" → "Nora Quist"); "Mrs. Tanaka" keeps it.
    const name = person.fullest.hasGivenName ? person.fullest.text.replace(LEADING_HONORIFIC, '') : person.fullest.text;
    const entry = this.registry.ensure(`person:${this.entryOfPerson.size}:${name}`, 'person', name);
    entry.gender = person.gender;
    this.entryOfPerson.set(person, entry);
    for (const mention of person.mentions) {
      this.registry.addMention(entry, mention, mention.hasGivenName ? 'name' : 'surname');
      entry.age ??= ageAround(this.article, mention.first, mention.last);
      if (!this.quoted.contains(mention.start)) {
        this.timeline.addName({ start: mention.start, sentence: this.article.words[mention.first].sentence, entry, kind: 'name' });
      }
      for (const role of rolesAround(this.article, mention.first, mention.last, mention.possessive)) {
        this.registry.addRole(entry, role);
        const signature = roleSignature(this.article, role);
        if (!signature) continue;
        this.heldRoles.push({ entry, signature, start: role.start, sentence: this.sentenceAt(role.start) });
        const held = this.rolesOf.get(entry) ?? [];
        held.push(signature);
        this.rolesOf.set(entry, held);
      }
    }
    return entry;
  }

  private resolveSource(source: Span): { entry: SpeakerEntry; mention: Span } | undefined {
    const reading = readSource(this.article, this.candidates, source);
    if (!reading) return undefined;
    return this.resolveReading(reading, true);
  }

  private resolveReading(reading: SourceReading, allowReferences: boolean): { entry: SpeakerEntry; mention: Span } | undefined {
    switch (reading.kind) {
      case 'person': {
        const candidate = reading.name;
        const person = this.persons.of(candidate) ?? this.persons.personFor(candidate) ?? this.persons.create(candidate);
        if (!person) return undefined;
        const entry = this.entryFor(person);
        this.registry.addMention(entry, candidate, candidate.hasGivenName ? 'name' : 'surname');
        return { entry, mention: { start: candidate.start, end: candidate.end } };
      }
      case 'pronoun': {
        const person = PERSONAL_PRONOUNS.get(reading.pronoun);
        // I, we and you have no antecedent in the article's own voice: they stand for themselves.
        const pronounClass: PronounClass | undefined = person === 'first' || person === 'second' ? undefined : person;
        const excluded = (offset: number): boolean => this.quoted.contains(offset) || this.excludedNow.contains(offset);
        const sentence = this.sentenceAt(reading.mention.start);
        const sentenceStart = this.article.words[this.article.sentenceStarts[sentence]]?.start;
        const antecedent = allowReferences && pronounClass ? this.timeline.antecedent({ start: reading.mention.start, sentence, pronoun: pronounClass, excluded, sentenceStart }) : undefined;
        const entry = antecedent ?? this.registry.ensure(`pronoun:${reading.pronoun}`, pronounClass === 'plural' ? 'group' : pronounClass === 'neuter' ? 'organization' : 'anonymous', reading.pronoun);
        if (antecedent && (pronounClass === 'male' || pronounClass === 'female')) antecedent.gender ??= pronounClass;
        this.registry.addMention(entry, reading.mention, 'pronoun');
        return { entry, mention: reading.mention };
      }
      case 'relative': {
        const antecedent = allowReferences ? this.relativeAntecedent(reading.mention) : undefined;
        if (!antecedent) return undefined;
        this.registry.addMention(antecedent, reading.mention, 'pronoun');
        return { entry: antecedent, mention: reading.mention };
      }
      case 'role': {
        const entry = this.roleHolder(reading.description, reading.mention.start, reading.another);
        this.registry.addMention(entry, reading.mention, 'role');
        this.registry.addRole(entry, { start: reading.description.start, end: reading.description.end, text: this.text.slice(reading.description.start, reading.description.end) });
        return { entry, mention: reading.mention };
      }
      case 'description': {
        const entry = this.describedPerson(reading.description, reading.head, reading.mention.start);
        this.registry.addMention(entry, reading.mention, 'description');
        return { entry, mention: reading.mention };
      }
      case 'organization': {
        const renamed = reading.renames ? this.renamedOrganization(reading.renames, reading.mention) : undefined;
        const entry = renamed ?? this.registry.ensure(`org:${reading.key}`, 'organization', reading.name);
        this.registry.addMention(entry, reading.mention, renamed ? 'description' : 'name');
        if (!renamed && !reading.place) this.addPrintedOrganization({ key: reading.key, name: reading.name, start: reading.mention.start, sentence: this.sentenceAt(reading.mention.start) });
        return { entry, mention: reading.mention };
      }
      case 'document': {
        const entry = this.documentAuthor(reading.author, reading.mention);
        this.registry.addMention(entry, reading.mention, 'description');
        return { entry, mention: reading.mention };
      }
      case 'group':
      case 'anonymous': {
        const entry = this.registry.ensure(`${reading.kind}:${reading.name.toLowerCase()}`, reading.kind, reading.name);
        this.registry.addMention(entry, reading.mention, 'description');
        if (reading.kind === 'anonymous' && reading.role) this.registry.addRole(entry, { ...reading.role, text: this.text.slice(reading.role.start, reading.role.end) });
        return { entry, mention: reading.mention };
      }
    }
  }

  /**
   * A role-only reference resolves to the named person holding that role in this article, else stands for itself.
   * A definite one ("the Florida senator") first looks near itself: a holder named within a few sentences, then the
   * person just mentioned (news renames its subject by role), and only then a holder anywhere in the article.
   */
  private roleHolder(description: Span, at: number, another: boolean): SpeakerEntry {
    const { words } = this.article;
    const signature = roleSignature(this.article, description);
    const determiner = words[Math.max(0, wordAt(words, description.start) - 1)];
    const before = determiner && determiner.end <= description.start ? determiner.lower : '';
    const owner = words[wordAt(words, description.start)]?.lower ?? '';
    const unnamed = (before === 'a' || before === 'an') && signature !== undefined && UNNAMED_ROLE_HEADS.has(signature.head);
    if (signature && !unnamed) {
      const sentence = this.sentenceAt(at);
      if (before === 'the' && !another) {
        const near = this.bestHolder(signature, at, sentence, false, NEAR_HOLDER_SENTENCES);
        if (near) return near;
        const named = this.namedIn(description);
        const fitsRole = (entry: SpeakerEntry): boolean => {
          const held = this.rolesOf.get(entry) ?? [];
          const roleless = held.length === 0 && !PROXY_ROLE_HEADS.has(signature.head);
          return !entry.key.startsWith('role:') && !named.has(entry) && (roleless || held.some((h) => roleFit(signature, h) > 0));
        };
        const renamed = this.timeline.antecedent({ start: at, sentence, pronoun: 'person', lookback: DESCRIPTION_LOOKBACK_SENTENCES, accept: fitsRole, inOwnSentence: 'first' });
        if (renamed) return renamed;
      }
      const holder = this.bestHolder(signature, at, sentence, another, Infinity) ?? (before === 'the' && !another ? this.unnamedHolder(signature, at) : undefined)
        // "her representative confirmed … her rep said": one owner's role in other words is the same unnamed person.
        ?? (POSSESSIVE_DETERMINERS.has(owner) ? this.unnamedHolder(signature, at, (entry) => entry.name.toLowerCase().startsWith(`${owner} `)) : undefined);
      if (holder) return holder;
    }
    const name = this.text.slice(description.start, description.end);
    const entry = this.registry.ensure(`role:${name.toLowerCase()}`, unnamed ? 'anonymous' : 'person', name);
    if (signature) this.unnamedHolders.push({ entry, signature, start: at });
    return entry;
  }

  /** "A spokesperson for the actress said … The spokesperson added …": the last unnamed holder of the role before. */
  private unnamedHolder(signature: RoleSignature, at: number, accept: (entry: SpeakerEntry) => boolean = () => true): SpeakerEntry | undefined {
    for (let i = this.unnamedHolders.length - 1; i >= 0; i--) {
      const held = this.unnamedHolders[i];
      if (held.start < at && roleFit(signature, held.signature) > 0 && accept(held.entry)) return held.entry;
    }
    return undefined;
  }

  /**
   * "the Starfall star", "the 45-year-old": the person of that age if the article gives one, else the person in focus
   * (the subject of the sentence, or the last source or name before it) that the noun's gender fits. A name inside
   * the description is not who it describes ("the Quell biographer"). Unresolved, it stays an unnamed description.
   */
  private describedPerson(description: Span, head: DescriptionHead, at: number): SpeakerEntry {
    const named = this.namedIn(description);
    if (head.age !== undefined) {
      const aged = [...this.entryOfPerson.values()].find((entry) => entry.age === head.age && !named.has(entry) && (entry.mentions[0]?.start ?? Infinity) < at);
      if (aged) return aged;
    }
    const fits = (entry: SpeakerEntry): boolean => !named.has(entry) && (head.age === undefined || entry.age === undefined || entry.age === head.age);
    const pronoun: PronounClass = head.gender ?? 'person';
    const renamed = this.timeline.antecedent({ start: at, sentence: this.sentenceAt(at), pronoun, accept: fits, inOwnSentence: 'first' });
    if (renamed) {
      if (head.gender) renamed.gender ??= head.gender;
      return renamed;
    }
    const name = this.text.slice(description.start, description.end);
    return this.registry.ensure(`description:${name.toLowerCase()}`, 'anonymous', name);
  }

  /** Speakers a description names as a modifier ("the Quell biographer"): it describes someone else. Per name, not per mention. */
  private namedIn(description: Span): Set<SpeakerEntry> {
    const named = new Set<SpeakerEntry>();
    for (const candidate of candidatesIn(this.candidates, description.start, description.end)) {
      const person = this.persons.of(candidate);
      const entry = person ? this.entryOfPerson.get(person) : undefined;
      if (entry) named.add(entry);
    }
    return named;
  }

  /** The named person whose role fits best, nearest first among equals; "another" skips holders named before. */
  private bestHolder(signature: RoleSignature, at: number, sentence: number, another: boolean, maxSentences: number): SpeakerEntry | undefined {
    let best: { entry: SpeakerEntry; score: number } | undefined;
    for (const held of this.heldRoles) {
      if (another && held.start < at) continue;
      if (Math.abs(held.sentence - sentence) > maxSentences) continue;
      const fit = roleFit(signature, held.signature);
      if (fit <= 0) continue;
      const score = fit * 1e6 - Math.abs(held.start - at);
      if (!best || score > best.score) best = { entry: held.entry, score };
    }
    return best?.entry;
  }

  /** "the report" stands for the outlet or body that published it: the nearest earlier organisation that spoke. */
  private documentAuthor(author: NameCandidate | undefined, mention: Span): SpeakerEntry {
    if (author) {
      if (author.kind === 'organization') return this.registry.ensure(`org:${organizationKey(author.text)}`, 'organization', author.text);
      const person = this.persons.of(author) ?? this.persons.personFor(author);
      if (person) return this.entryFor(person);
    }
    const sentence = this.sentenceAt(mention.start);
    if (this.lastOrganizationSource && sentence - this.lastOrganizationSource.sentence <= DOCUMENT_LOOKBACK_SENTENCES) return this.lastOrganizationSource.entry;
    const { words, sentenceStarts } = this.article;
    const windowStart = words[sentenceStarts[Math.max(0, sentence - DOCUMENT_LOOKBACK_SENTENCES)]]?.start ?? 0;
    const nearest = candidatesIn(this.candidates, windowStart, mention.start)
      .filter((c) => c.kind === 'organization' && !c.possessive)
      .pop();
    if (nearest) {
      const key = organizationKey(nearest.text);
      return this.registry.ensure(`org:${key}`, 'organization', nearest.text.replace(/^the\s+/i, ''));
    }
    const name = this.text.slice(mention.start, mention.end);
    return this.registry.ensure(`document:${organizationKey(name)}`, 'organization', name);
  }

  /** "…, who said": the name or noun phrase right before the relative pronoun. */
  private relativeAntecedent(pronoun: Span): SpeakerEntry | undefined {
    const { words } = this.article;
    const index = wordAt(words, pronoun.start);
    if (index === 0) return undefined;
    const before = words[index - 1];
    const named = candidatesIn(this.candidates, words[Math.max(0, index - 8)].start, before.end).find((c) => c.end === before.end || c.start >= before.start);
    // "a veteran aide to Ruiz, who declined to be named": a name after a preposition is not the antecedent.
    const afterPreposition = named !== undefined && named.first > 0 && NP_INNER_WORDS.has(words[named.first - 1].lower);
    if (named && !afterPreposition && (named.kind === 'person' || named.kind === 'unknown')) {
      const person = this.persons.of(named) ?? this.persons.personFor(named) ?? this.persons.create(named);
      if (person) return this.entryFor(person);
    }
    let first = index - 1;
    while (first > 0 && index - first < 10 && words[first - 1].sentence === before.sentence && /^\s+$/.test(this.text.slice(words[first - 1].end, words[first].start))) {
      const lower = words[first].lower;
      if (NP_OPENERS.test(lower) && !NP_INNER_WORDS.has(words[first - 1].lower)) break;
      if (hasTag(words[first - 1].lower, ...NP_STOP_TAGS) && !NP_INNER_WORDS.has(words[first - 1].lower)) break;
      first--;
    }
    while (first < index - 1 && NP_INNER_WORDS.has(words[first].lower)) first++;
    const reading = readSource(this.article, this.candidates, { start: words[first].start, end: before.end });
    if (!reading || reading.kind === 'pronoun' || reading.kind === 'relative') return undefined;
    return this.resolveReading(reading, false)?.entry;
  }

  private renamedOrganization(description: string[], mention: Span): SpeakerEntry | undefined {
    this.organizations ??= printedOrganizations(this.article, this.candidates);
    const unknownNameBetween = (from: number, to: number): boolean => candidatesIn(this.candidates, from + 1, to).some((c) => c.kind === 'unknown');
    const renamed = renamedOrganization(description, mention, [this.organizations, this.spokenOrganizations], this.sentenceAt(mention.start), unknownNameBetween);
    return renamed && this.registry.ensure(`org:${renamed.key}`, 'organization', renamed.name);
  }

  /** A source read as an organisation ("the Harlow County Sheriff's Department"), kept in text order. */
  private addPrintedOrganization(organization: PrintedOrganization): void {
    const spoken = this.spokenOrganizations;
    let at = spoken.length;
    while (at > 0 && spoken[at - 1].start > organization.start) at--;
    spoken.splice(at, 0, organization);
  }

  /** A named organisation that speaks is also mentioned wherever its name is printed. */
  private addOrganizationMentions(): void {
    for (const candidate of this.candidates) {
      if (candidate.kind !== 'organization') continue;
      const entry = this.registry.get(`org:${organizationKey(candidate.text)}`);
      if (entry && !GOVERNMENT_METONYMS.has(organizationKey(candidate.text))) this.registry.addMention(entry, candidate, 'name');
    }
  }
}
