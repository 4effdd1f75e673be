// Every relative link and anchor of every Markdown file must lead somewhere: the file or directory exists, and
// an anchor names a heading of the target (GitHub's slugs) or an explicit <a id>. External links are not checked.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { anchors, parse } from './markdown.mjs';

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;
// A page of the repository on GitHub rather than a file in it: from README.md (shown at /OWNER/REPO/blob/BRANCH/),
// ../../actions/... is /OWNER/REPO/actions/... Such links work on GitHub whatever the owner's name is.
const GITHUB_PAGE = /^\.\.\/\.\.\/(actions|issues|pulls|releases|wiki)(\/|$)/;

// Consecutive prose lines joined into paragraphs, so that a link whose text wraps is still one link.
function paragraphs(parts) {
  const result = [];
  let current = null;
  for (const part of parts) {
    if (part.kind === 'text' && part.text.trim() !== '') {
      if (!current) result.push((current = { line: part.line, lines: [] }));
      current.lines.push(part.text);
    } else {
      current = null;
    }
  }
  return result.map((p) => ({ line: p.line, text: p.lines.join('\n') }));
}

function targets(paragraph) {
  // Inline code is not a link, but keep its length so that line numbers stay right.
  const text = paragraph.text.replace(/(`+)[\s\S]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
  const found = [];
  const add = (match, target) => {
    const line = paragraph.line + text.slice(0, match.index).split('\n').length - 1;
    found.push({ line, target: target.trim().replace(/^<(.*)>$/, '$1') });
  };
  for (const m of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\s*\)/g)) add(m, m[1]);
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)) add(m, m[1]);
  for (const m of text.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]*)"/g)) add(m, m[1]);
  return found;
}

export function checkLinks(root, files) {
  const anchorCache = new Map();
  const anchorsOf = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchors(parse(join(root, file))));
    return anchorCache.get(file);
  };
  const problems = [];
  for (const file of files) {
    for (const paragraph of paragraphs(parse(join(root, file)))) {
      for (const { line, target } of targets(paragraph)) {
        if (target === '' || EXTERNAL.test(target)) continue;
        const [rawPath, anchor] = target.split('#', 2);
        const path = decodeURIComponent(rawPath);
        let resolved = file;
        if (path !== '') {
          resolved = normalize(path.startsWith('/') ? path.slice(1) : join(dirname(file), path));
          if (GITHUB_PAGE.test(resolved)) continue; // e.g. the CI badge: ../../actions/workflows/ci.yml/badge.svg
          if (resolved.startsWith('..') || !existsSync(join(root, resolved))) {
            problems.push(`${file}:${line}: ${target} — no such file or directory`);
            continue;
          }
        }
        if (anchor === undefined || anchor === '') continue;
        let page = resolved;
        if (statSync(join(root, resolved)).isDirectory()) page = join(resolved, 'README.md');
        if (!page.endsWith('.md') || !existsSync(join(root, page))) continue; // #L12 in code: GitHub's, not ours
        if (!anchorsOf(page).has(decodeURIComponent(anchor))) {
          problems.push(`${file}:${line}: ${target} — ${page} has no heading with the anchor #${anchor}`);
        }
      }
    }
  }
  return problems;
}
