// Dates with precision, labels, and the small shared pieces every page uses (badges, pager, states).
import { h, append, route, link, fmtInt } from './dom.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS = { SP: ['spring', 3, 5], SU: ['summer', 6, 8], AU: ['autumn', 9, 11], WI: ['winter', 12, 14] };

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
export const DAY = 864e5;

/**
 * Parses the project's date strings ("2023-06-01", "2023-06", "2023", "2023-W22", "2022-SP") into the
 * period they cover: {start: Date, end: Date (exclusive)}, or null when the string is unknown/empty.
 */
export function dateRange(d) {
  if (!d || typeof d !== 'string') return null;
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d))) {
    const s = utc(+m[1], +m[2], +m[3]);
    return { start: s, end: new Date(+s + DAY) };
  }
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(d))) {
    const jan4 = utc(+m[1], 1, 4);
    const mon = new Date(+jan4 - ((jan4.getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY);
    return { start: mon, end: new Date(+mon + 7 * DAY) };
  }
  if ((m = /^(\d{4})-(SP|SU|AU|WI)$/.exec(d))) {
    const [, a, b] = SEASONS[m[2]];
    return { start: utc(+m[1], a, 1), end: utc(+m[1], b + 1, 1) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(d))) return { start: utc(+m[1], +m[2], 1), end: utc(+m[1], +m[2] + 1, 1) };
  if ((m = /^(\d{4})$/.exec(d))) return { start: utc(+m[1], 1, 1), end: utc(+m[1] + 1, 1, 1) };
  return null;
}

export const iso = (date) => date.toISOString().slice(0, 10);

/** "1 document", "3 documents". */
export const plural = (n, word) => `${fmtInt(n)} ${word}${n === 1 ? '' : 's'}`;

/** "14 Oct 2023", "Oct 2023", "spring 2022", "week 22 of 2023", "2023"; unknown strings as they are. */
export function fmtDate(d) {
  if (!d) return 'undated';
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d))) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(d))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(d))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|AU|WI)$/.exec(d))) return `${SEASONS[m[2]][0]} ${m[1]}`;
  return d;
}

/** A fact's value: dates in the project's notation ("2022-SP") read as dates ("spring 2022"); others as they are. */
export function fmtValue(v) {
  if (v === null || v === undefined) return '';
  const t = String(v);
  return /^\d{4}-(\d{2}(-\d{2})?|W\d{1,2}|SP|SU|AU|WI)$/.test(t) ? fmtDate(t) : t;
}

export function fmtDay(date) {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export const SCRIPTS = { Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Hebr: 'Hebrew', Grek: 'Greek', Geor: 'Georgian', Armn: 'Armenian', Hani: 'Chinese', Zyyy: 'Other' };
export const LANGS = { en: 'English', ru: 'Russian', uk: 'Ukrainian', pl: 'Polish', be: 'Belarusian', de: 'German', fr: 'French' };
export const langName = (l) => (l ? LANGS[l] || l : '–');

export function statusBadge(status) {
  return h('span', { class: 'badge status-' + cls(status), title: STATUS_HELP[status] || '' }, status || '?');
}
const STATUS_HELP = {
  corroborated: 'stated by two or more independent origins',
  'single-source': 'stated by one independent origin only',
  contested: 'another value is also claimed',
  denied: 'explicitly denied by a source',
};

export function kindBadge(kind) {
  return h('span', { class: 'badge dis-' + cls(kind) }, kind || '?');
}

export function stanceBadge(stance) {
  return h('span', { class: 'badge stance stance-' + cls(stance) }, stance || '?');
}

export const cls = (s) => String(s || '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** A link to an entity page; to the event page when the id is an event's (facts about an event); text for other ids. */
export function entityLink(id, name) {
  if (!id) return h('span', null, name || '—');
  if (id.startsWith('evt_')) return link(route('event', id), name || id);
  if (id.includes(':')) return h('span', null, name || id); // e.g. an origin that is a publisher ("pub:…")
  return link(route('entity', id), name || id);
}

/** Fatalities/injured range with who claims them. */
export function fmtCount(r) {
  if (!r) return null;
  const n = r.min === r.max || r.max === null || r.max === undefined ? fmtInt(r.min) : `${fmtInt(r.min)}–${fmtInt(r.max)}`;
  return n;
}

export function countWithClaim(r) {
  if (!r) return h('span', { class: 'muted' }, '—');
  return h('span', null, h('strong', null, fmtCount(r)), r.claimed_by || r.claimed_by_name ? [' ', h('span', { class: 'muted' }, 'claimed by '), entityLink(r.claimed_by, r.claimed_by_name)] : null);
}

export function placeText(p) {
  if (!p) return '';
  const parts = [p.name];
  if (p.admin1 && p.admin1 !== p.name) parts.push(p.admin1);
  if (p.country) parts.push(p.country);
  return parts.filter(Boolean).join(', ');
}

export function loading(text = 'Loading…') {
  return h('div', { class: 'state loading' }, h('span', { class: 'spinner' }), text);
}

export function errorState(err, retry) {
  return h(
    'div',
    { class: 'state error', role: 'alert' },
    h('strong', null, 'Could not load. '),
    String((err && err.message) || err),
    retry ? [' ', h('button', { class: 'btn small', onclick: retry }, 'Retry')] : null,
  );
}

export function empty(text) {
  return h('div', { class: 'state empty' }, text);
}

/** "1–50 of 1,234" with prev/next buttons. onPage(offset). */
export function pager(page, onPage) {
  const { total, offset, limit } = page;
  const shown = page.items ? page.items.length : 0;
  const from = total ? offset + 1 : 0;
  const to = offset + shown;
  return h(
    'div',
    { class: 'pager', 'data-testid': 'pager' },
    h('button', { class: 'btn small', disabled: offset <= 0, onclick: () => onPage(Math.max(0, offset - limit)), 'aria-label': 'Previous page' }, '‹ Prev'),
    h('span', { class: 'pager-text' }, `${fmtInt(from)}–${fmtInt(to)} of ${fmtInt(total)}`),
    h('button', { class: 'btn small', disabled: to >= total, onclick: () => onPage(offset + limit), 'aria-label': 'Next page' }, 'Next ›'),
  );
}

export function section(title, count, ...body) {
  return h('section', { class: 'panel' }, h('h2', null, title, count !== null && count !== undefined ? h('span', { class: 'count' }, fmtInt(count)) : null), ...body);
}

/** A link to the sentence in its source: #/document/{doc}?start=&end= */
export function sourceRoute(doc, start, end) {
  return route('document', doc, { start, end });
}

/** One statement as a quote block: quote, stance, speaker, origin, publisher/title, link to the sentence. */
export function statementBlock(st, { showSubject = false, showValue = true } = {}) {
  return h(
    'div',
    { class: 'statement' },
    h('blockquote', { class: 'quote' }, st.quote || ''),
    h(
      'div',
      { class: 'meta' },
      showSubject && st.subject ? [entityLink(st.subject, st.subject_name), ' · '] : null,
      showValue && st.property ? [h('span', { class: 'prop' }, st.property), ' = ', h('strong', null, fmtValue(st.value)), ' · '] : null,
      stanceBadge(st.stance),
      st.speaker || st.speaker_name ? [' ', h('span', { class: 'muted' }, 'by '), entityLink(st.speaker, st.speaker_name)] : null,
      st.origin_name ? [' · ', h('span', { class: 'muted' }, 'origin '), entityLink(st.origin, st.origin_name)] : null,
      st.publisher || st.title ? [' · ', h('span', { class: 'pub' }, [st.publisher, st.title].filter(Boolean).join(' — '))] : null,
      st.published || st.stated_at ? [' · ', h('span', { class: 'muted' }, fmtDate(st.published || st.stated_at))] : null,
      st.valid_at ? [' · ', h('span', { class: 'muted' }, 'as of ' + fmtDate(st.valid_at))] : null,
      st.document ? [' · ', link(sourceRoute(st.document, st.start, st.end), 'open in source', { class: 'src', 'data-testid': 'source-link' })] : null,
    ),
  );
}

/** A list of reason strings with exact repeats folded into one line with "×N". */
export function reasonList(reasons, limit = Infinity) {
  const counts = new Map();
  for (const r of reasons || []) counts.set(r, (counts.get(r) || 0) + 1);
  const rows = [...counts].map(([r, n]) => h('li', null, r, n > 1 ? h('span', { class: 'times' }, ' ×' + n) : null));
  const ul = h('ul', { class: 'reasons' }, rows.slice(0, limit));
  if (rows.length <= limit) return ul;
  const more = h('button', { type: 'button', class: 'btn small link', onclick: () => { append(ul, rows.slice(limit)); more.remove(); } }, `Show all ${rows.length}`);
  return [ul, more];
}
