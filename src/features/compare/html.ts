import type { DiffPart, QuoteType, ReportForm } from '../../core/types';
import { FORM_LABEL, plural } from '../shared/presentation';

export interface CompareReportModel {
  label: string;
  form: ReportForm;
  type: QuoteType;
  cue?: string;
  role?: string;
  /** How this article names a source linked to the statement's speaker ("her rep"). */
  attributedTo?: string;
  confidence: number;
  text: string;
  diff: DiffPart[];
}

export interface CompareModel {
  speakerName: string;
  /** Reports in display order; the first holds the fullest wording, the others are diffed against it. */
  /** The speaker's colour in the editor and the trees: a hex colour. */
  speakerColor: string;
  reports: CompareReportModel[];
  omittedBy: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The Compare view's page. Every piece of article text is HTML-escaped; the CSP allows no source but the
 * page's own nonce'd style and script, so no article can run code or load anything.
 */
export function renderCompareHtml(model: CompareModel | undefined, nonce: string): string {
  const body = model ? renderComparison(model) : renderEmpty();
  const speakerColor = model && /^#[0-9a-fA-F]{3,8}$/.test(model.speakerColor) ? `.speaker { color: ${model.speakerColor}; }` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Compare</title>
<style nonce="${nonce}">${STYLE}${speakerColor}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function renderEmpty(): string {
  return `<p class="empty">Select a statement in the Statements view, or put the cursor in a quotation and run <em>Source Lens: Compare Statement at Cursor</em>.</p>`;
}

function renderComparison(model: CompareModel): string {
  const articles = new Set(model.reports.map((report) => report.label)).size;
  const cards = model.reports.map((report, index) => renderReport(report, index)).join('\n');
  const omissions =
    model.omittedBy.length === 0
      ? ''
      : `<section class="omissions" aria-label="Articles that leave this statement out">
<h2>Left out by</h2>
<ul>${model.omittedBy
          .map((label, index) => `<li><button class="item omission" data-action="open" data-index="${index}">${escapeHtml(label)}</button></li>`)
          .join('')}</ul>
</section>`;
  return `<header>
<h1 class="speaker">${escapeHtml(model.speakerName)}</h1>
<p class="summary">${plural(model.reports.length, 'report')} in ${plural(articles, 'article')}${model.omittedBy.length > 0 ? ` · left out by ${model.omittedBy.length}` : ''}</p>
<p class="legend">Against the fullest wording: <ins>added</ins> · <del>left out</del></p>
</header>
<main class="reports" role="list">
${cards}
</main>
${omissions}`;
}

function renderReport(report: CompareReportModel, index: number): string {
  const wording = report.diff.length > 0 ? report.diff.map(renderDiffPart).join('') : escapeHtml(report.text);
  const details = [
    report.cue ? `<span class="cue" title="How this article introduces the words">${escapeHtml(report.cue)}</span>` : '',
    report.attributedTo
      ? `<span class="attributed" title="This article's source, linked to the speaker by what it said">as ${escapeHtml(report.attributedTo)}</span>`
      : '',
    report.role ? `<span class="role" title="The role this article gives the speaker">${escapeHtml(report.role)}</span>` : '',
    `<span class="confidence" title="How sure the grouping is">${Math.round(report.confidence * 100)}%</span>`,
  ]
    .filter(Boolean)
    .join('');
  return `<article class="item report form-${report.form}" role="listitem" tabindex="0" data-action="reveal" data-index="${index}" aria-label="${escapeHtml(`${report.label}, ${FORM_LABEL[report.form]}`)}">
<div class="head"><span class="file">${escapeHtml(report.label)}</span><span class="badge ${report.form}">${FORM_LABEL[report.form]}</span><span class="type">${report.type}</span>${index === 0 ? '<span class="reference">fullest wording</span>' : ''}</div>
<blockquote class="wording">${wording}</blockquote>
<div class="details">${details}</div>
</article>`;
}

function renderDiffPart(part: DiffPart): string {
  const text = escapeHtml(part.text);
  if (part.kind === 'added') return `<ins>${text}</ins>`;
  if (part.kind === 'removed') return `<del>${text}</del>`;
  return text;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 8px 12px; }
h1 { font-size: 1.15em; margin: 10px 0 2px; }
h2 { font-size: 1em; margin: 14px 0 4px; color: var(--vscode-descriptionForeground); }
.summary, .legend, .empty { color: var(--vscode-descriptionForeground); margin: 2px 0; }
.reports { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 8px; margin-top: 8px; }
.report { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 4px; padding: 6px 8px; background: var(--vscode-editor-background); cursor: pointer; }
.item:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.report:hover { background: var(--vscode-list-hoverBackground); }
.head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.file { font-weight: 600; }
.badge { border-radius: 8px; padding: 0 6px; font-size: 0.85em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.badge.variant { background: var(--vscode-editorWarning-foreground); color: var(--vscode-editor-background); }
.badge.paraphrase { background: var(--vscode-editorInfo-foreground); color: var(--vscode-editor-background); }
.type, .reference { color: var(--vscode-descriptionForeground); font-size: 0.85em; }
.reference { margin-left: auto; font-style: italic; }
.wording { margin: 6px 0; padding-left: 8px; border-left: 3px solid var(--vscode-textBlockQuote-border); line-height: 1.45; }
ins { text-decoration: none; background: var(--vscode-diffEditor-insertedTextBackground); outline: 1px dashed var(--vscode-diffEditor-insertedTextBorder, transparent); }
del { background: var(--vscode-diffEditor-removedTextBackground); outline: 1px dashed var(--vscode-diffEditor-removedTextBorder, transparent); text-decoration: line-through; }
.details { display: flex; gap: 8px; flex-wrap: wrap; font-size: 0.9em; }
.cue { color: var(--vscode-symbolIcon-keywordForeground, var(--vscode-foreground)); font-style: italic; }
.role { color: var(--vscode-textLink-foreground); }
.attributed { font-style: italic; }
.confidence { color: var(--vscode-descriptionForeground); margin-left: auto; }
.omissions ul { list-style: none; padding: 0; margin: 0; }
.omission { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; padding: 2px 0; font: inherit; }
`;

// Arrow keys move between the reports and omissions; Enter or Space opens the article at that spot.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const items = Array.from(document.querySelectorAll('.item'));
function activate(item) { vscode.postMessage({ type: item.dataset.action, index: Number(item.dataset.index) }); }
for (const item of items) item.addEventListener('click', () => activate(item));
document.addEventListener('keydown', (event) => {
  const at = items.indexOf(document.activeElement);
  const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  if (event.key in moves && items.length > 0) {
    items[(Math.max(at, 0) + moves[event.key] + items.length) % items.length].focus();
    event.preventDefault();
  } else if (event.key === 'Home' && items.length > 0) { items[0].focus(); event.preventDefault(); }
  else if (event.key === 'End' && items.length > 0) { items[items.length - 1].focus(); event.preventDefault(); }
  else if ((event.key === 'Enter' || event.key === ' ') && at >= 0) { activate(items[at]); event.preventDefault(); }
});
`;
