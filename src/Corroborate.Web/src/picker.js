// Entity picker: a text box that asks /api/search as you type (any script) and lists entities to pick.
import { h, clear, append, debounce, fmtInt } from './dom.js';
import { get } from './api.js';

/**
 * entityPicker({placeholder, onPick(entity), testid, itemTestid, kind, value})
 * Returns {el, input, setValue(text), clear()}.
 */
export function entityPicker({ placeholder = 'Search names…', onPick, testid, itemTestid, kind = null, value = '', exclude = null, clearOnPick = false }) {
  const input = h('input', { type: 'search', placeholder, autocomplete: 'off', spellcheck: 'false', 'data-testid': testid || null, 'aria-label': placeholder, value });
  const list = h('ul', { class: 'picker-list', role: 'listbox', hidden: true });
  const el = h('div', { class: 'picker' }, input, list);
  let items = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (e) => {
    close();
    input.value = clearOnPick ? '' : e.name;
    onPick(e);
  };
  const highlight = () => {
    [...list.children].forEach((li, i) => li.classList.toggle('active', i === active));
  };
  const render = (q) => {
    clear(list);
    if (!items.length) {
      append(list, h('li', { class: 'picker-empty' }, `No ${exclude || kind ? 'other ' : ''}entity named “${q}”`));
    }
    items.forEach((e, i) => {
      const other = (e.aliases || []).filter((a) => a !== e.name);
      const matched = other.find((a) => a.toLowerCase().includes(q.toLowerCase()));
      list.appendChild(
        h(
          'li',
          {
            role: 'option',
            'data-testid': itemTestid || null,
            onmousedown: (ev) => {
              ev.preventDefault();
              pick(e);
            },
            onmousemove: () => {
              active = i;
              highlight();
            },
          },
          h('span', { class: 'picker-name' }, e.name),
          h('span', { class: 'picker-kind kind-' + e.kind }, e.kind),
          matched ? h('span', { class: 'picker-alias' }, '“' + matched + '”') : other.length ? h('span', { class: 'picker-alias' }, `+${other.length} names`) : null,
          h('span', { class: 'picker-docs' }, fmtInt(e.documents) + ' docs'),
        ),
      );
    });
    list.hidden = false;
  };
  const search = debounce(async () => {
    const q = input.value.trim();
    const my = ++seq;
    if (!q) {
      items = [];
      close();
      return;
    }
    try {
      const res = await get('search', { q, limit: 20 });
      if (my !== seq) return;
      items = (res.items || []).filter((e) => (!kind || e.kind === kind) && (!exclude || e.id !== exclude));
      active = -1; // Enter picks only what the arrow keys or the mouse chose; otherwise it searches now
      render(q);
      highlight();
    } catch (err) {
      if (my !== seq) return;
      clear(list);
      append(list, h('li', { class: 'picker-empty error' }, err.message));
      list.hidden = false;
    }
  }, 180);

  input.addEventListener('input', search);
  input.addEventListener('focus', () => {
    if (input.value.trim() && items.length) {
      list.hidden = false;
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      ev.preventDefault();
      list.hidden = false;
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 ? (step > 0 ? 0 : items.length - 1) : (active + step + items.length) % items.length;
      highlight();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (active >= 0 && items[active] && !list.hidden) pick(items[active]);
      else search.flush();
    } else if (ev.key === 'Escape') close();
  });

  return {
    el,
    input,
    setValue: (t) => (input.value = t || ''),
    clear: () => {
      input.value = '';
      items = [];
      close();
    },
  };
}
