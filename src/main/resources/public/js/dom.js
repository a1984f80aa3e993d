// Safe element creation: every text from the index goes in as a text node, never as HTML.

/**
 * el('a', {href: url, class: 'x', dataset: {id}}, 'text', child) creates an element.
 * Attributes are set with setAttribute (never on* handlers: they are refused), children are
 * nodes or strings (strings become text nodes); null and false children are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(key)) throw new Error('no inline handlers: ' + key);
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of HTML-escaped text (&amp; &lt; &#39; &#x2212; ...). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A snippet of the API (HTML-escaped text in which only <mark> is markup) as nodes: the text between
 * the marks becomes text nodes, the marked parts <mark> elements. Anything else stays text.
 */
export function markedText(snippet) {
  const fragment = document.createDocumentFragment();
  const parts = String(snippet ?? '').split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    fragment.append(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return fragment;
}

/** Text with the first occurrence of needle wrapped in <mark> (for evidence sentences). */
export function textWithMark(text, needle) {
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return document.createTextNode(text);
  const f = document.createDocumentFragment();
  f.append(text.slice(0, at), el('mark', {}, needle), text.slice(at + needle.length));
  return f;
}
