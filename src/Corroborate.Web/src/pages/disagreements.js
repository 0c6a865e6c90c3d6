// #/disagreements: the board. Filter by kind (with counts), paged; each card shows the subject, property,
// kind, the reason, and each side's value with its statements. Precision cards are refinements, drawn milder.
import { h, replace, append, fmtInt } from '../dom.js';
import { pagedLoader } from '../paged.js';
import { fmtDate, fmtValue, kindBadge, entityLink, pager, statementBlock, cls } from '../format.js';

const KINDS = [
  ['contradiction', 'sources state incompatible values for the same time'],
  ['change-over-time', 'values differ because they were true at different times'],
  ['precision', 'one value refines another (e.g. a month and a day): not a conflict'],
  ['characterization', 'sources describe it in different terms'],
];
const PAGE = 50;

export function disagreementsPage(root, ctx) {
  let state = { kind: ctx.query.kind || '', offset: Math.max(0, parseInt(ctx.query.offset || '0', 10) || 0) };
  const filterBox = h('div', { class: 'seg kind-filters', role: 'group', 'aria-label': 'Kind' });
  const summary = h('span', { class: 'muted' });
  const help = h('p', { class: 'hint' });
  const body = h('div', { class: 'dis-board' });
  append(root, h('div', { class: 'page-head' }, h('h1', null, 'Disagreements'), summary), filterBox, help, body);

  let counts = null;
  const renderFilters = () => {
    const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
    replace(
      filterBox,
      h('button', { type: 'button', class: 'seg-btn' + (!state.kind ? ' active' : ''), 'data-testid': 'kind-filter', 'data-kind': '', onclick: () => setKind('') }, 'All', total !== null ? h('span', { class: 'count' }, fmtInt(total)) : null),
      KINDS.map(([k, d]) =>
        h(
          'button',
          { type: 'button', class: `seg-btn k-${k}` + (state.kind === k ? ' active' : ''), title: d, 'data-testid': 'kind-filter', 'data-kind': k, onclick: () => setKind(k) },
          h('span', { class: 'dot dis-' + k }),
          k,
          counts ? h('span', { class: 'count' }, fmtInt(counts[k] || 0)) : null,
        ),
      ),
    );
    const d = KINDS.find(([k]) => k === state.kind);
    help.textContent = d ? `${state.kind}: ${d[1]}.` : 'Where sources disagree about a fact. Contradictions first deserve a look; precision differences are refinements, shown muted.';
  };
  const setKind = (k) => {
    state = { kind: k, offset: 0 };
    renderFilters();
    load();
  };
  renderFilters();

  const load = pagedLoader(ctx, body, {
    path: 'disagreements',
    limit: PAGE,
    query: () => ({ kind: state.kind, offset: state.offset }),
    setOffset: (o) => (state = { ...state, offset: o }),
    moved: () => window.scrollTo(0, 0),
    loaded: (page) => {
      counts = page.counts || counts;
      renderFilters();
      summary.textContent = `${fmtInt(page.total)} ${state.kind || 'disagreement'}${page.total === 1 ? '' : 's'}`;
    },
    blank: () => (state.kind ? `No ${state.kind} disagreements.` : 'No disagreements yet: the sources agree, or there are few of them.'),
    show: (page, onPage) =>
      replace(body, page.total > PAGE ? pager(page, onPage) : null, page.items.map((d) => disagreementCard(d)), page.total > PAGE ? pager(page, onPage) : null),
  });
  load();
}

function validAts(v) {
  const raw = Array.isArray(v.valid_at) ? v.valid_at : [v.valid_at];
  return [...new Set(raw.filter((x) => x !== null && x !== undefined && x !== ''))];
}

/** One disagreement as a card. compact: for the entity page (no subject link, fewer quotes). */
export function disagreementCard(d, { compact = false } = {}) {
  const details = d.statement_details || {};
  const kind = d.kind || 'contradiction';
  return h(
    'article',
    { class: `dis-card dis-card-${cls(kind)}` + (compact ? ' compact' : ''), 'data-testid': 'disagreement', 'data-kind': kind },
    h(
      'header',
      null,
      compact ? null : h('span', { class: 'dis-subject' }, entityLink(d.subject, d.subject_name)),
      h('span', { class: 'dis-prop' }, d.property),
      kindBadge(kind),
      kind === 'precision' ? h('span', { class: 'muted small' }, 'refinement, not a conflict') : null,
    ),
    d.reason ? h('p', { class: 'dis-reason' }, d.reason) : null,
    h(
      'div',
      { class: 'sides' },
      (d.values || []).map((v, i) => {
        const ats = validAts(v);
        const sts = (v.statements || []).map((id) => details[id] || { id, quote: null });
        const shown = compact ? sts.slice(0, 2) : sts;
        return h(
          'div',
          { class: 'side', 'data-testid': 'disagreement-side' },
          h(
            'div',
            { class: 'side-head' },
            h('span', { class: 'side-letter' }, String.fromCharCode(65 + (i % 26))),
            h('span', { class: 'side-value', title: String(v.value ?? '') }, fmtValue(v.value)),
            ats.length ? h('span', { class: 'valid-at' }, 'as of ' + ats.map(fmtDate).join(', ')) : null,
            h('span', { class: 'muted small' }, `${fmtInt((v.origins || []).length)} origin${(v.origins || []).length === 1 ? '' : 's'} · ${fmtInt(sts.length)} statement${sts.length === 1 ? '' : 's'}`),
          ),
          shown.map((s) => (s.quote === null ? h('div', { class: 'statement muted' }, 'statement ' + s.id) : statementBlock(s, { showValue: false }))),
          sts.length > shown.length ? h('div', { class: 'muted small' }, `+${sts.length - shown.length} more`) : null,
        );
      }),
    ),
  );
}
