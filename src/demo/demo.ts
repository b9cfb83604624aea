/**
 * The demo page (index.html, built to dist/demo/): paste an article, press Extract, and see
 * the article with its claims marked (renderHtml) and a table of the claims. It loads the
 * browser bundle, dist/browser/claimex.js, at run time: everything runs in the page, and
 * nothing leaves it.
 */
import { CLAIM_COLUMNS, claimRow } from './rows.js';

type Claimex = typeof import('../index.js');
type Extraction = ReturnType<Claimex['extractClaims']>;

/** The browser bundle, relative to this script (dist/demo/demo.js → dist/browser/claimex.js). */
const BUNDLE = new URL('../browser/claimex.js', import.meta.url).href;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the demo page has no #${id}`);
  return found;
}

const article = element('article', HTMLTextAreaElement);
const button = element('extract', HTMLButtonElement);
const status = element('status', HTMLElement);
const highlighted = element('highlighted', HTMLElement);
const table = element('claims', HTMLTableElement);

function showStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** The claims table, built with DOM calls and textContent: no text of the article is parsed as HTML. */
function fillTable(extraction: Extraction): void {
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const [, heading] of CLAIM_COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = heading;
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const claim of extraction.claims) {
    const row = body.insertRow();
    row.dataset.claim = claim.id;
    row.dataset.type = claim.type;
    const cells = claimRow(claim);
    for (const [key] of CLAIM_COLUMNS) row.insertCell().textContent = cells[key];
  }
  table.replaceChildren(head, body);
  table.hidden = false;
}

function show(claimex: Claimex, text: string): void {
  const started = performance.now();
  const extraction = claimex.extractClaims(text);
  const ms = performance.now() - started;
  // renderHtml escapes all of the article's text; its markup is claimex's own.
  highlighted.innerHTML = claimex.renderHtml(extraction, { text });
  fillTable(extraction);
  const { claims, speakers } = extraction;
  showStatus(`${claims.length} claim${claims.length === 1 ? '' : 's'}, ${speakers.length} speaker${speakers.length === 1 ? '' : 's'} (${ms.toFixed(0)} ms)`);
}

async function main(): Promise<void> {
  showStatus('Loading claimex and its language model…');
  const claimex = (await import(BUNDLE)) as Claimex;
  // The first extraction loads wink-nlp's model and compiles the lexicons.
  claimex.extractClaims('');
  button.disabled = false;
  showStatus('Ready: paste an article and press Extract.');
  button.addEventListener('click', () => {
    try {
      show(claimex, article.value);
    } catch (err) {
      // Bad input (e.g. a text above the length limit) is reported, not thrown at the page.
      showStatus(err instanceof Error ? err.message : String(err), true);
    }
  });
}

main().catch((err: unknown) => {
  showStatus(`claimex could not load: ${err instanceof Error ? err.message : String(err)}`, true);
});
