/**
 * Article text is untrusted: it may contain Markdown links to `command:` URIs, HTML, backticks or theme-icon
 * syntax. Every character of ASCII punctuation is backslash-escaped (CommonMark renders it literally), and line
 * breaks are folded, so the text can neither start a block nor form a link, tag, code span or icon.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Shortens long article text for a card, at a word boundary. */
export function excerpt(text: string, maxLength = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= maxLength) return folded;
  const cut = folded.lastIndexOf(' ', maxLength);
  return `${folded.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}

/** A Markdown link running one of Source Lens's own commands with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  // encodeURIComponent leaves ( ) ' unescaped; a ")" in a file name would end the link target early.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  const uri = `command:${command}?${query}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${label}](${uri}${title})`;
}
