import assert from 'node:assert/strict';
import type { ArticleAnalysis, Comparison, Span } from '../../../src/core/types';

function isInsideSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export function assertSpanInText(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets must be integers`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) outside text of length ${text.length}`);
  assert.ok(!isInsideSurrogatePair(text, span.start), `${what}: start ${span.start} splits a surrogate pair`);
  assert.ok(!isInsideSurrogatePair(text, span.end), `${what}: end ${span.end} splits a surrogate pair`);
}

/** Everything an analysis promises its consumers, whatever the input. */
export function assertWellFormedAnalysis(text: string, analysis: ArticleAnalysis): void {
  const speakerIds = new Set(analysis.speakers.map((speaker) => speaker.id));
  assert.equal(speakerIds.size, analysis.speakers.length, 'speaker ids must be unique');
  let previousStart = -1;
  for (const quote of analysis.quotes) {
    assertSpanInText(text, quote, `quote ${quote.id}`);
    assert.ok(quote.end > quote.start, `quote ${quote.id} is empty`);
    assert.equal(quote.text, text.slice(quote.start, quote.end), `quote ${quote.id}: text must be the slice of its span`);
    assert.ok(quote.start >= previousStart, `quote ${quote.id} is out of order`);
    previousStart = quote.start;
    if (quote.speakerId !== null) assert.ok(speakerIds.has(quote.speakerId), `quote ${quote.id}: unknown speaker ${quote.speakerId}`);
    if (quote.viaSpeakerId !== undefined) assert.ok(speakerIds.has(quote.viaSpeakerId), `quote ${quote.id}: unknown via speaker`);
    if (quote.speakerSpan) assertSpanInText(text, quote.speakerSpan, `quote ${quote.id} speaker span`);
    if (quote.cue) {
      assertSpanInText(text, quote.cue, `quote ${quote.id} cue`);
      assert.equal(quote.cue.text, text.slice(quote.cue.start, quote.cue.end), `quote ${quote.id}: cue text must be the slice of its span`);
    }
  }
  for (const speaker of analysis.speakers) {
    for (const mention of speaker.mentions) {
      assertSpanInText(text, mention, `mention of ${speaker.id}`);
      assert.equal(mention.text, text.slice(mention.start, mention.end), `mention of ${speaker.id}: text must be the slice of its span`);
    }
    for (const role of speaker.roles) assertSpanInText(text, role, `role of ${speaker.id}`);
  }
  for (const scare of analysis.scareQuotes) assertSpanInText(text, scare, 'scare quote');
}

export function assertWellFormedComparison(texts: Map<string, string>, comparison: Comparison): void {
  for (const group of comparison.statements) {
    assert.ok(group.reports.length > 0, `statement ${group.id} has no reports`);
    for (const report of group.reports) {
      const text = texts.get(report.file);
      assert.ok(text !== undefined, `statement ${group.id}: report from unknown file ${report.file}`);
      assertSpanInText(text, report, `report in ${report.file}`);
      assert.equal(report.text, text.slice(report.start, report.end), `report in ${report.file}: text must be the slice of its span`);
      assert.ok(report.confidence >= 0 && report.confidence <= 1, `report confidence ${report.confidence} outside 0..1`);
    }
    for (const file of group.omittedBy) assert.ok(texts.has(file), `statement ${group.id}: omitted by unknown file ${file}`);
  }
}
