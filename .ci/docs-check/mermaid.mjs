// Every ```mermaid block must parse with Mermaid's own parser (the one GitHub renders with), and must not hold
// a <word> that GitHub would take for an HTML tag and drop: the parser accepts it, the reader never sees it.
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { parse } from './markdown.mjs';

// Tags a diagram may use on purpose for formatting labels.
const FORMATTING_TAGS = new Set(['b', 'i', 'u', 'em', 'strong', 'br', 'sub', 'sup', 'small', 'code', 'span']);

async function loadMermaid() {
  // Mermaid sanitises labels with DOMPurify, which needs a DOM: jsdom provides one, no browser needed.
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document, DOMParser: window.DOMParser, Element: window.Element });
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
}

function swallowedTags(body) {
  const problems = [];
  body.split('\n').forEach((text, index) => {
    for (const m of text.matchAll(/<\/?([A-Za-z][\w-]*)[^<>]*>/g)) {
      if (!FORMATTING_TAGS.has(m[1].toLowerCase())) {
        problems.push({ offset: index, message: `${m[0]} looks like an HTML tag and is dropped on GitHub; write #lt;${m[1]}#gt; instead` });
      }
    }
  });
  return problems;
}

export async function checkMermaid(root, files) {
  const mermaid = await loadMermaid();
  const problems = [];
  let blocks = 0;
  for (const file of files) {
    for (const part of parse(join(root, file))) {
      if (part.kind !== 'fence' || part.info !== 'mermaid') continue;
      blocks++;
      const where = (offset) => `${file}:${part.line + 1 + offset}`;
      if (part.unclosed) problems.push(`${where(-1)}: the mermaid block is never closed`);
      try {
        await mermaid.parse(part.body);
      } catch (error) {
        const detail = String(error.message ?? error).split('\n').slice(0, 3).join(' | ');
        const at = detail.match(/line (\d+)/);
        problems.push(`${where(at ? Number(at[1]) - 1 : 0)}: Mermaid cannot parse this block: ${detail}`);
      }
      for (const p of swallowedTags(part.body)) problems.push(`${where(p.offset)}: ${p.message}`);
    }
  }
  return { blocks, problems };
}
