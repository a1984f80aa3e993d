// Autocomplete of the search box from /api/suggest, as an ARIA 1.2 combobox with a listbox popup:
// ArrowDown/ArrowUp move, Enter picks, Escape closes; the mouse picks too.
import { el, replace } from './dom.js';
import * as api from './api.js';
import { dimensionLabel, valueLabel } from './labels.js';

const DELAY_MS = 120;

/**
 * @param input the role=combobox input; @param list the role=listbox element
 * @param onPick called with a suggestion {text, kind, filter?} and the word it completes
 */
export function attachSuggest(input, list, onPick) {
  let items = [];
  let active = -1;
  let timer = null;
  let pending = null;

  const close = () => {
    clearTimeout(timer);
    pending?.abort();
    items = [];
    active = -1;
    list.hidden = true;
    replace(list);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const pick = i => {
    const s = items[i];
    const word = lastWord(input.value);
    close();
    if (s) onPick(s, word);
  };

  const show = (word, suggestions) => {
    if (word !== lastWord(input.value)) return; // typed on since
    items = suggestions;
    if (!items.length || document.activeElement !== input) { close(); return; }
    replace(list, items.map((s, i) => {
      const li = el('li', { role: 'option', id: 'suggestion-' + i, 'aria-selected': 'false', class: 'suggestion',
        dataset: { kind: s.kind } },
      el('span', { class: 'suggestion-text' }, s.text),
      el('span', { class: 'suggestion-kind' }, s.filter && s.kind === 'topic'
        ? `filter ${dimensionLabel(s.filter.slice(0, s.filter.indexOf(':')))}: ${valueLabel(s.filter.slice(s.filter.indexOf(':') + 1))}`
        : s.kind));
      li.addEventListener('mousedown', e => { e.preventDefault(); pick(i); });
      return li;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const fetchFor = () => {
    const word = lastWord(input.value);
    pending?.abort();
    if (word.length < 2) { close(); return; }
    const controller = new AbortController();
    pending = controller;
    api.suggest(word, controller.signal).then(r => { if (pending === controller) show(word, r.suggestions || []); },
      e => { if (e.name !== 'AbortError') close(); });
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchFor, DELAY_MS);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') {
      if (list.hidden) { fetchFor(); return; }
      e.preventDefault();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (e.key === 'ArrowUp' && !list.hidden) {
      e.preventDefault();
      highlight(Math.max(-1, active - 1));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  return { close };
}

/** The word being typed: what follows the last space. */
export function lastWord(text) {
  const m = /(\S*)$/.exec(text);
  return m ? m[1] : '';
}
