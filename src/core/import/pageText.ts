/**
 * The paragraphs of an extracted article's DOM as Markdown lines: one paragraph per block, headings as `##`,
 * list items as `-`. Pictures, captions and scripts are left out: they are not what the article reports.
 */

/** The few DOM members this module reads; the project is type-checked without the DOM library. */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface PageParagraph {
  text: string;
  kind: 'prose' | 'heading' | 'item';
}

/** The article's paragraphs in reading order, white space collapsed, empty ones dropped. */
export function pageParagraphs(root: PageNode): PageParagraph[] {
  const paragraphs: PageParagraph[] = [];
  let pending = '';
  let pendingKind: PageParagraph['kind'] = 'prose';
  const flush = () => {
    const text = pending.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push({ text, kind: pendingKind });
    pending = '';
  };
  const visit = (node: PageNode, kind: PageParagraph['kind']) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        if (!pending) pendingKind = kind;
        pending += child.textContent ?? '';
        continue;
      }
      const name = child.nodeName.toUpperCase();
      if (child.nodeType !== ELEMENT_NODE || SKIPPED.has(name)) continue;
      if (!BLOCKS.has(name)) {
        visit(child, kind);
        continue;
      }
      flush();
      visit(child, blockKind(name, kind));
      flush();
    }
  };
  visit(root, 'prose');
  flush();
  return paragraphs;
}

function blockKind(name: string, outer: PageParagraph['kind']): PageParagraph['kind'] {
  if (/^H[1-6]$/.test(name)) return 'heading';
  if (name === 'LI' || name === 'DT' || name === 'DD') return 'item';
  return outer;
}
