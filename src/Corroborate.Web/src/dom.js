// The one way this app builds DOM: createElement + textContent + setAttribute. Never HTML strings.
// Every string that comes from the API is untrusted (report text, names, titles, urls) and only ever
// becomes a text node or a checked attribute here.

/**
 * h('div', {class: 'x', 'data-testid': 'y', onclick: fn}, 'text', node, [more], null)
 * attrs: class, style (object), on<event> (function), href (must be an app route '#/...'; external
 * links go through extLink), any other attribute via setAttribute (value coerced to string).
 * children: strings/numbers become text nodes; null/undefined/false are skipped; arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

/** Same as h for SVG elements. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  if (attrs) setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (k === 'href') {
      const href = String(v);
      if (!href.startsWith('#/')) throw new Error('h(): href must be an app route; use extLink for external urls');
      el.setAttribute('href', href);
    } else if (k === 'value' && 'value' in el) el.value = String(v);
    else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** Appends children (strings become text nodes; arrays are flattened; null/false skipped). */
export function append(el, ...children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, ...c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Replace all children of el. */
export function replace(el, ...children) {
  clear(el);
  return append(el, ...children);
}

/** True for an absolute http(s) URL: the only external URLs we ever link to. */
export function isWebUrl(u) {
  return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u.trim());
}

/** A safe external link, or plain text when the url is not http(s). */
export function extLink(url, text) {
  if (!isWebUrl(url)) return h('span', { class: 'muted' }, text ?? url ?? '');
  const a = document.createElement('a');
  a.setAttribute('href', url.trim());
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
  a.className = 'ext';
  a.textContent = text ?? url;
  return a;
}

/** App route link: '#/' + segments, each encoded, and an optional query object. */
export function route(...parts) {
  let query = null;
  if (parts.length && typeof parts[parts.length - 1] === 'object') query = parts.pop();
  let r = '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
  if (query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
    const qs = q.toString();
    if (qs) r += '?' + qs;
  }
  return r;
}

export function link(routeHref, text, attrs = {}) {
  return h('a', { ...attrs, href: routeHref }, text);
}

export function debounce(fn, ms) {
  let t = null;
  const d = (...a) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
  d.cancel = () => clearTimeout(t);
  /** Run the pending call now. */
  d.flush = (...a) => {
    clearTimeout(t);
    fn(...a);
  };
  return d;
}

export function fmtInt(n) {
  if (n === null || n === undefined) return '–';
  return Number(n).toLocaleString('en-US');
}
