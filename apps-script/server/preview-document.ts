// A Google Doc the add-on wrote (the verksamhetsberättelse), drawn as the page Google Docs shows: title, headings,
// paragraphs, bulleted and numbered lists with their nesting, tables. Read from the local runtime's Drive.
import { Html, html } from '../../shared/html.ts';
import type { BlockNode, ListItemNode, StoredDocument } from '../local/index.ts';

const HEADING_TAGS: Record<string, string> = {
  TITLE: 'h1',
  HEADING1: 'h2',
  HEADING2: 'h3',
  HEADING3: 'h4',
  HEADING4: 'h5',
  HEADING5: 'h6',
  HEADING6: 'h6',
};

const ORDERED = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function paragraphHtml(text: string, heading: string): Html {
  const tag = HEADING_TAGS[heading];
  if (tag) return new Html(`<${tag}>${html`${text}`.markup}</${tag}>`);
  if (heading === 'SUBTITLE') return html`<p class="subtitle">${text}</p>`;
  return text === '' ? html`<p class="empty"><br></p>` : html`<p>${text}</p>`;
}

/** Consecutive items of one list as nested <ul>/<ol>, by each item's nesting level. */
function listHtml(items: readonly ListItemNode[]): Html {
  let markup = '';
  const open: string[] = [];
  for (const item of items) {
    const tag = ORDERED.has(item.glyphType) ? 'ol' : 'ul';
    while (open.length > item.nestingLevel + 1) markup += `</li></${open.pop()}>`;
    if (open.length === item.nestingLevel + 1) markup += '</li>';
    while (open.length < item.nestingLevel + 1) {
      markup += `<${tag}>`;
      open.push(tag);
    }
    markup += `<li>${html`${item.text}`.markup}`;
  }
  while (open.length > 0) markup += `</li></${open.pop()}>`;
  return new Html(markup);
}

function blocksHtml(blocks: readonly BlockNode[]): Html {
  const parts: Html[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at] as BlockNode;
    if (block.type === 'LIST_ITEM') {
      const items: ListItemNode[] = [];
      for (let next = blocks[at]; next?.type === 'LIST_ITEM' && next.listId === block.listId; next = blocks[at]) {
        items.push(next);
        at++;
      }
      at--;
      parts.push(listHtml(items));
    } else if (block.type === 'TABLE') {
      parts.push(
        html`<table>${block.rows.map((row) => html`<tr>${row.cells.map((cell) => html`<td>${blocksHtml(cell.children)}</td>`)}</tr>`)}</table>`,
      );
    } else {
      parts.push(paragraphHtml(block.text, block.heading));
    }
  }
  return new Html(parts.map((part) => part.markup).join(''));
}

const STYLE = `body{background:#f8f9fa;margin:0;font-family:Arial,sans-serif;color:#202124}
header{background:#fff;border-bottom:1px solid #dadce0;padding:.6rem 1.5rem;font-size:.9rem}
header a{margin-right:1rem}
.page{background:#fff;max-width:50rem;margin:1.5rem auto;padding:3rem 4rem;box-shadow:0 1px 3px rgba(0,0,0,.2);font-size:11pt;line-height:1.45}
h1{font-size:26pt;font-weight:normal;margin:0 0 .6rem}
h2{font-size:20pt;font-weight:normal;margin:1.4rem 0 .4rem}
h3{font-size:14pt;font-weight:normal;margin:1.1rem 0 .3rem}
.subtitle{font-size:15pt;color:#666}
p{margin:0 0 .5rem}
ul,ol{margin:0 0 .5rem;padding-left:1.6rem}
table{border-collapse:collapse;margin:.5rem 0}
td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}`;

/** The whole page for one Doc, with the address it has in Drive. */
export function renderDocument(doc: StoredDocument): string {
  return html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${doc.name || 'Namnlöst dokument'} – Google Dokument</title><style>${new Html(STYLE)}</style></head>
<body><header><a href="/">← Tillbaka till kalkylarket</a>Google-dokument i Drive: <code>${doc.url}</code></header>
<main class="page">${blocksHtml(doc.body)}</main></body></html>`.markup;
}

/** Links to the Docs the runtime holds open their local page instead of Google's address (which stays shown). */
export function localDocumentLinks(markup: string, documents: readonly StoredDocument[]): string {
  let result = markup;
  for (const doc of documents)
    result = result.split(`href="${html`${doc.url}`.markup}"`).join(`href="/dokument/${doc.id}"`);
  return result;
}
