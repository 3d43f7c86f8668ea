// Wmo Toezicht: Tasklist's search box finds a task by its case, and the list is sorted as its sort label says.
// Plain JavaScript, loaded as a custom script (scripts/config.js).
//
// - Search. Text typed in the search box (Tasklist makes it a task name search, "nameLike") also matches the case
//   columns every task carries as task-local variables (kernel/TaskListColumns: case number, municipality,
//   provider), ignoring case: one OR condition added to the query Tasklist sends for the filter. The query still
//   runs through the filter with the user's own rights, so it finds only tasks she may read (tenant check intact).
// - Search tag. Tasklist labels the tag of such a search with its "Name" type ("Naam"); the tag says what is
//   searched instead ("Zaak, aanbieder, gemeente of taak bevat …"; the operator "bevat" is locales' LIKE: Tasklist
//   searches a like text as a part of the value).
// - Sorting. The saved filters carry no ordering of their own (identity/TaskFilters), so the sort Tasklist shows is
//   the sort the list has; a filter opened without a chosen sort is sorted by due date, earliest first.

/** Task-local variables the search matches: kernel/TaskListColumns CASE_NUMBER, MUNICIPALITY, PROVIDER. */
const SEARCHED_COLUMNS = ['listCaseNumber', 'listMunicipality', 'listProvider'];
const FILTER_LIST = /\/filter\/[^/]+\/(list|count)$/;
const DEFAULT_SORTING = [{sortBy: 'dueDate', sortOrder: 'asc'}];

/** Adds the case columns to a task name search; returns the query unchanged when it has none. */
function widen(query) {
  if (!query || typeof query.nameLike !== 'string' || query.nameLike.replace(/%/g, '') === '') {
    return query;
  }
  const like = query.nameLike;
  delete query.nameLike;
  const orQuery = {
    nameLike: like,
    variableValuesIgnoreCase: true,
    taskVariables: SEARCHED_COLUMNS.map(name => ({name, operator: 'like', value: like}))
  };
  query.orQueries = (query.orQueries || []).concat([orQuery]);
  return query;
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.wmoSearchable = method === 'POST' && FILTER_LIST.test(String(url).split('?')[0]);
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function (body) {
  if (this.wmoSearchable && typeof body === 'string' && body.indexOf('"nameLike"') >= 0) {
    try {
      return send.call(this, JSON.stringify(widen(JSON.parse(body))));
    } catch (e) {
      // not a query of ours: send it as it is
    }
  }
  return send.apply(this, arguments);
};

/** The tag's type label for the search above; Tasklist's own is the Dutch text of its NAME label. */
const SEARCH_TAG = 'Zaak, aanbieder, gemeente of taak';
const TASK_NAME_TYPE = 'Naam';

/**
 * Relabels the "Naam" type of the search tags (and of the tag's type choice). The text node Angular keeps updating is
 * changed in place, so a type chosen later still shows its own label.
 */
function relabelSearchTags() {
  document.querySelectorAll('[cam-widget-search] .type-field').forEach(field => {
    const texts = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      if (text.nodeValue.trim() === TASK_NAME_TYPE) {
        text.nodeValue = text.nodeValue.replace(TASK_NAME_TYPE, SEARCH_TAG);
      }
    }
  });
}

new MutationObserver(relabelSearchTags).observe(document.documentElement,
    {childList: true, subtree: true, characterData: true});

/** Tasklist's own default, written into the address when a filter is opened without a sort. */
const TASKLIST_DEFAULT = [{sortBy: 'created', sortOrder: 'desc'}];
let shownFilter = null;

function param(hash, name) {
  const match = new RegExp('[?&]' + name + '=([^&]*)').exec(hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * A filter just opened (or the page just loaded) without a sort of the user's, or with Tasklist's own default, gets
 * the due date sort in its address, where Tasklist's sort label and its query read it. A sort the user picks
 * afterwards for the same filter stays.
 */
function defaultSorting() {
  const hash = window.location.hash;
  const filter = param(hash, 'filter');
  if (window.location.pathname.indexOf('/app/tasklist/') < 0 || !filter || filter === shownFilter) {
    return;
  }
  const sorting = param(hash, 'sorting');
  if (sorting !== null && sorting !== JSON.stringify(TASKLIST_DEFAULT)) {
    shownFilter = filter;
    return;
  }
  shownFilter = filter;
  const wanted = 'sorting=' + encodeURIComponent(JSON.stringify(DEFAULT_SORTING));
  window.location.replace(sorting === null ? hash + '&' + wanted : hash.replace(/sorting=[^&]*/, wanted));
}

window.addEventListener('hashchange', defaultSorting);
defaultSorting();

export default [];
