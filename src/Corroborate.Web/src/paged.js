// One filtered, paged list of /api/{path} in a page: a newer request always wins over a slower older one, and the
// body shows loading, empty and error states. Pages give their query and how to draw a non-empty page.
import { replace } from './dom.js';
import { get } from './api.js';
import { loading, errorState, empty } from './format.js';

/**
 * Returns `load()`, which fetches and draws the page `query()` describes (its `offset` included).
 * `loaded(page)` runs on every answer (summaries, counts); `blank()` is the empty-state text;
 * `show(page, onPage)` draws the items, `onPage(offset)` being what a pager calls; `moved()` runs after paging.
 */
export function pagedLoader(ctx, body, { path, limit, query, setOffset, loaded, blank, show, moved }) {
  let seq = 0;
  async function load() {
    const my = ++seq;
    const q = query();
    ctx.setQuery({ ...q, offset: q.offset || null });
    replace(body, loading());
    try {
      const page = await get(path, { ...q, limit });
      if (my !== seq || !ctx.alive) return;
      loaded(page);
      if (!page.items.length) {
        replace(body, empty(blank()));
        return;
      }
      show(page, (o) => {
        setOffset(o);
        load();
        if (moved) moved();
      });
    } catch (err) {
      if (my === seq && ctx.alive) replace(body, errorState(err, load));
    }
  }
  return load;
}
