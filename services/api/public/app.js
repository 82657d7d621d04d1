/* global document, window, location, history, fetch, FormData, URLSearchParams, Node -- a browser script */
// The analysts' page: plain DOM and a hand-drawn SVG over the JSON API, no build step.
// Text from the API always goes in through textContent; only search snippets, which the server
// escapes and marks up itself, go in as HTML.

const INSTRUMENT_NAMES = {
  trafficking_protocol: 'Trafficking Protocol',
  organized_crime_convention: 'Organized Crime Convention',
  migrants_protocol: 'Migrants Protocol',
  firearms_protocol: 'Firearms Protocol',
  corruption_convention: 'Convention against Corruption',
  forced_labour_protocol: 'Forced Labour Protocol',
  other: 'other',
};
const COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#be185d', '#0e7490', '#4b5563'];
const SVG = 'http://www.w3.org/2000/svg';

const documents = new Map();

async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
  return node;
}

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** A report's short name: its symbol, else its file name, with its year when known. */
function reportLabel(id, source) {
  const doc = documents.get(id);
  const name = doc?.symbol ?? (source ?? doc?.source ?? id).split('/').pop();
  const year = doc?.date?.slice(0, 4);
  return year ? `${name} (${year})` : name;
}

/** The in-page link to the paragraph a figure came from, carrying its span to highlight. */
function paragraphHref(fact) {
  const span = fact.span ? `?span=${fact.span[0]}-${fact.span[1]}` : '';
  return `#/documents/${fact.document}/paragraphs/${fact.paragraph}${span}`;
}

function formatValue(fact) {
  if (fact.value === null || fact.value === undefined) return [fact.state, fact.action, fact.date].filter(Boolean).join(' ');
  const qualifier = fact.qualifier && fact.qualifier !== 'exact' ? `${fact.qualifier.replace('_', ' ')} ` : '';
  const number = (n) => (fact.currency
    ? new Intl.NumberFormat('en', { style: 'currency', currency: fact.currency, maximumFractionDigits: 0 }).format(n)
    : new Intl.NumberFormat('en').format(n));
  const amount = fact.value_max != null ? `${number(fact.value)}–${number(fact.value_max)}` : number(fact.value);
  return `${qualifier}${amount}${fact.currency ? '' : fact.unit ? ` ${fact.unit}` : ''}`;
}

/** Milliseconds since 1970 at the start of a yyyy, yyyy-mm or yyyy-mm-dd date. */
function dateValue(date) {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

// ---------------------------------------------------------------- States parties chart

async function drawPartiesChart() {
  const container = document.getElementById('parties-chart');
  try {
    const { points } = await getJson('/timeline/treaty-parties');
    const dated = points.filter((p) => p.date && p.value !== null);
    if (dated.length === 0) {
      container.textContent = 'No figure of States parties yet: ingest some reports.';
      return;
    }
    container.replaceChildren(partiesSvg(dated));
  } catch (error) {
    container.replaceChildren(el('p', { class: 'error' }, `Could not load the chart: ${error.message}`));
  }
}

function partiesSvg(points) {
  const width = 860;
  const height = 340;
  const margin = { top: 28, right: 190, bottom: 36, left: 52 };
  const xs = points.map((p) => dateValue(p.date));
  const ys = points.map((p) => p.value);
  const year = 365.25 * 24 * 3600 * 1000;
  const x0 = Math.min(...xs) - year / 2;
  const x1 = Math.max(...xs) + year / 2;
  const y0 = Math.max(0, Math.floor((Math.min(...ys) * 0.92) / 10) * 10);
  const y1 = Math.ceil((Math.max(...ys) * 1.04) / 10) * 10;
  const sx = (v) => margin.left + ((v - x0) / (x1 - x0)) * (width - margin.left - margin.right);
  const sy = (v) => height - margin.bottom - ((v - y0) / (y1 - y0 || 1)) * (height - margin.top - margin.bottom);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'States parties over time, per instrument' });
  const grid = svg('g', { class: 'grid' });
  const yAxis = svg('g', { class: 'axis' });
  const step = Math.max(5, Math.ceil((y1 - y0) / 5 / 5) * 5);
  for (let v = y0; v <= y1; v += step) {
    grid.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: sy(v), y2: sy(v) }));
    yAxis.append(svg('text', { x: margin.left - 8, y: sy(v) + 4, 'text-anchor': 'end' }, v));
  }
  const xAxis = svg('g', { class: 'axis' });
  xAxis.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: height - margin.bottom, y2: height - margin.bottom }));
  const firstYear = new Date(x0).getUTCFullYear() + 1;
  const lastYear = new Date(x1).getUTCFullYear();
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let y = firstYear; y <= lastYear; y += every) {
    const x = sx(Date.UTC(y, 0, 1));
    xAxis.append(svg('line', { x1: x, x2: x, y1: height - margin.bottom, y2: height - margin.bottom + 5 }));
    xAxis.append(svg('text', { x, y: height - margin.bottom + 19, 'text-anchor': 'middle' }, y));
  }
  root.append(grid, yAxis, xAxis);

  const byInstrument = new Map();
  for (const point of points) {
    const key = point.instrument ?? 'other';
    if (!byInstrument.has(key)) byInstrument.set(key, []);
    byInstrument.get(key).push(point);
  }
  const legend = svg('g', { class: 'legend' });
  [...byInstrument.entries()].forEach(([instrument, series], i) => {
    const color = COLORS[i % COLORS.length];
    const group = svg('g', { class: 'series', 'data-instrument': instrument });
    const sorted = [...series].sort((a, b) => dateValue(a.date) - dateValue(b.date));
    if (sorted.length > 1) {
      group.append(svg('path', { d: sorted.map((p, k) => `${k ? 'L' : 'M'}${sx(dateValue(p.date))},${sy(p.value)}`).join(' '), stroke: color }));
    }
    for (const point of sorted) {
      const cx = sx(dateValue(point.date));
      const cy = sy(point.value);
      const link = svg('a', { href: paragraphHref(point), class: 'point', 'data-value': point.value });
      link.append(
        svg('title', {}, `${INSTRUMENT_NAMES[instrument] ?? instrument}: ${point.value} States parties as of ${point.as_of ?? point.date} — ${reportLabel(point.document, point.source)}, ¶${point.paragraph}`),
        svg('circle', { cx, cy, r: 6, fill: color, stroke: '#fff', 'stroke-width': 2 }),
        svg('text', { x: cx, y: cy - 11, fill: color }, point.value),
      );
      group.append(link);
    }
    root.append(group);
    const ly = margin.top + i * 22;
    legend.append(
      svg('rect', { x: width - margin.right + 20, y: ly - 9, width: 12, height: 12, fill: color, rx: 2 }),
      svg('text', { x: width - margin.right + 38, y: ly + 2 }, INSTRUMENT_NAMES[instrument] ?? instrument),
    );
  });
  root.append(legend);
  return root;
}

// ---------------------------------------------------------------- Trust Fund table

async function fillFundTable() {
  const body = document.querySelector('#fund-table tbody');
  try {
    const { points } = await getJson('/timeline/fund');
    if (points.length === 0) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: 5 }, 'No figure yet.')));
      return;
    }
    body.replaceChildren(...points.map((point) => el('tr', {},
      el('td', {}, point.date ?? point.period ?? '—'),
      el('td', {}, (point.measure ?? '').replaceAll('_', ' ')),
      el('td', { class: 'num' }, el('a', { href: paragraphHref(point), title: point.quote }, formatValue(point))),
      el('td', {}, reportLabel(point.document, point.source)),
      el('td', {}, el('a', { href: paragraphHref(point) }, `¶${point.paragraph ?? '?'}`)),
    )));
  } catch (error) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'error' }, error.message)));
  }
}

// ---------------------------------------------------------------- facts table

async function fillFilterChoices() {
  // The choices come from the API's own OpenAPI document, so they follow the Zod schemas.
  const openapi = await getJson('/openapi.json');
  const parameters = openapi.paths['/facts'].get.parameters;
  for (const name of ['kind', 'instrument', 'fund']) {
    const values = parameters.find((p) => p.name === name)?.schema?.enum ?? [];
    const select = document.querySelector(`#facts-filters [name=${name}]`);
    for (const value of values) select.append(el('option', { value }, value));
  }
}

function factsQuery() {
  const form = new FormData(document.getElementById('facts-filters'));
  const params = new URLSearchParams();
  for (const [name, value] of form) if (String(value).trim()) params.set(name, String(value).trim());
  return params;
}

async function fillFactsTable() {
  const params = factsQuery();
  for (const link of document.querySelectorAll('#facts-filters .downloads a')) {
    const download = new URLSearchParams(params);
    download.set('format', link.dataset.format);
    link.href = `/facts?${download}`;
  }
  const status = document.getElementById('facts-status');
  const body = document.querySelector('#facts-table tbody');
  try {
    const { count, facts } = await getJson(`/facts?${params}`);
    status.textContent = `${count} fact${count === 1 ? '' : 's'}`;
    body.replaceChildren(...facts.slice(0, 500).map((fact) => el('tr', {},
      el('td', {}, reportLabel(fact.document, fact.source)),
      el('td', {}, fact.paragraph === null ? '' : el('a', { href: paragraphHref(fact) }, fact.footnote !== null ? `¶${fact.paragraph} n${fact.footnote}` : `¶${fact.paragraph}`)),
      el('td', {}, fact.kind),
      el('td', { class: 'num' }, fact.paragraph === null ? formatValue(fact) : el('a', { href: paragraphHref(fact) }, formatValue(fact) || '—')),
      el('td', {}, [fact.state, fact.action, fact.instrument, fact.fund, fact.measure ?? fact.subject].filter(Boolean).join(' · ')),
      el('td', {}, fact.as_of ?? fact.date ?? fact.period ?? ''),
      el('td', { class: 'quote' }, fact.quote.length > 180 ? `${fact.quote.slice(0, 179)}…` : fact.quote),
    )));
    if (count > 500) status.textContent += ' (the first 500 shown; download them all below the filters)';
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
    body.replaceChildren();
  }
}

// ---------------------------------------------------------------- search

async function runSearch(q) {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  status.textContent = 'Searching…';
  try {
    const result = await getJson(`/search?${new URLSearchParams({ q, limit: '30' })}`);
    const how = result.words.map((w) => `${w.word} (${w.mode === 'as_written' ? 'accents as written' : 'any form'})`).join(', ');
    status.textContent = `${result.total} passage${result.total === 1 ? '' : 's'} — ${how}`;
    list.replaceChildren(...result.results.map((hit) => {
      const snippet = el('div', { class: 'snippet' });
      snippet.innerHTML = hit.snippet; // escaped by the server, <mark> its only markup
      const where = [reportLabel(hit.document, hit.source), hit.section ? `${hit.section.id}. ${hit.section.title ?? ''}` : null].filter(Boolean).join(' — ');
      const place = hit.footnote !== null ? `¶${hit.paragraph ?? '?'}, footnote ${hit.footnote}` : `¶${hit.paragraph}`;
      return el('li', {},
        snippet,
        el('div', { class: 'place' }, `${where} `, hit.paragraph === null ? place : el('a', { href: `#/documents/${hit.document}/paragraphs/${hit.paragraph}` }, place)),
      );
    }));
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error' }, error.message));
    list.replaceChildren();
  }
}

// ---------------------------------------------------------------- paragraph panel

/** The paragraph text with the quote marked and, inside it, the figure itself in bold. */
function highlighted(text, quote, span) {
  const container = el('div', { class: 'text' });
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) {
    container.textContent = text;
    return container;
  }
  const end = at + quote.length;
  const figure = span && span[0] >= at && span[1] <= end && span[0] < span[1] ? span : null;
  const mark = el('mark', { class: 'quote' });
  if (figure) mark.append(text.slice(at, figure[0]), el('strong', {}, text.slice(figure[0], figure[1])), text.slice(figure[1], end));
  else mark.append(text.slice(at, end));
  container.append(text.slice(0, at), mark, text.slice(end));
  return container;
}

async function showParagraph(documentId, number, span) {
  const aside = document.getElementById('paragraph');
  const body = document.getElementById('paragraph-body');
  aside.hidden = false;
  body.replaceChildren(el('p', {}, 'Loading…'));
  try {
    const data = await getJson(`/documents/${documentId}/paragraphs/${number}`);
    const p = data.paragraph;
    const fact = span ? data.facts.find((f) => f.span[0] === span[0] && f.span[1] === span[1]) : null;
    const inFootnote = fact && fact.footnote !== null;
    const relative = fact && !inFootnote ? [span[0] - p.start, span[1] - p.start] : null;
    const title = data.document.title ?? reportLabel(data.document.id, data.document.source);
    const children = [
      el('h3', {}, `¶${p.number}${p.section ? ` — ${p.section.id}. ${p.section.title ?? ''}` : ''}`),
      el('div', { class: 'place' }, `${title} · ${reportLabel(data.document.id, data.document.source)}`),
      highlighted(p.text, inFootnote ? null : fact?.quote, relative),
    ];
    if (data.footnotes.length > 0) {
      children.push(el('div', { class: 'footnotes' }, ...data.footnotes.map((note) => {
        const line = el('p', {}, `${note.marker} `);
        line.append(highlighted(note.text, inFootnote && fact.footnote === note.number ? fact.quote : null, null));
        return line;
      })));
    }
    if (data.facts.length > 0) {
      children.push(el('h4', {}, 'Figures in this paragraph'), el('ul', {}, ...data.facts.map((f) =>
        el('li', {}, el('a', { href: paragraphHref(f) }, formatValue(f) || f.kind), ` ${f.kind}${f.instrument ? ` · ${f.instrument}` : ''}${f.measure ? ` · ${f.measure}` : ''}${f.as_of ? ` · as of ${f.as_of}` : ''}`))));
    }
    const pager = el('div', { class: 'pager' });
    pager.append(
      p.previous !== null ? el('a', { href: `#/documents/${data.document.id}/paragraphs/${p.previous}` }, `← ¶${p.previous}`) : el('span'),
      p.next !== null ? el('a', { href: `#/documents/${data.document.id}/paragraphs/${p.next}` }, `¶${p.next} →`) : el('span'),
    );
    children.push(pager);
    body.replaceChildren(...children);
  } catch (error) {
    body.replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

function route() {
  const match = /^#\/documents\/([0-9a-f]{4,64})\/paragraphs\/(\d+)(?:\?span=(\d+)-(\d+))?$/.exec(location.hash);
  if (match) void showParagraph(match[1], match[2], match[3] ? [Number(match[3]), Number(match[4])] : null);
  else document.getElementById('paragraph').hidden = true;
}

// ---------------------------------------------------------------- start

async function start() {
  try {
    for (const doc of (await getJson('/documents')).documents) documents.set(doc.id, doc);
  } catch {
    // Labels fall back to file names; the sections below report the error themselves.
  }
  document.getElementById('facts-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void fillFactsTable();
  });
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new FormData(event.target).get('q');
    if (q) void runSearch(String(q));
  });
  document.getElementById('paragraph-close').addEventListener('click', () => {
    history.pushState(null, '', location.pathname + location.search);
    route();
  });
  window.addEventListener('hashchange', route);
  await Promise.all([drawPartiesChart(), fillFundTable(), fillFilterChoices().catch(() => undefined), fillFactsTable()]);
  document.body.dataset.ready = 'true';
  route();
}

void start();
