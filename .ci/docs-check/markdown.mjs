// Reading Markdown the way GitHub renders it, as far as the checks need: which files, which lines are
// inside fenced code blocks (links there are not links), and the anchor each heading gets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'target', '.run']);

export function markdownFiles(root, dir = root) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...markdownFiles(root, join(dir, entry.name)));
    } else if (entry.name.endsWith('.md')) {
      found.push(relative(root, join(dir, entry.name)));
    }
  }
  return found.sort();
}

// Splits a file into prose lines and fenced blocks: [{ kind: 'text', line, text } | { kind: 'fence', line, info, body }]
export function parse(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const parts = [];
  let fence = null;
  lines.forEach((text, index) => {
    const line = index + 1;
    const marker = text.match(/^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/);
    if (fence) {
      if (marker && marker[1][0] === fence.marker[0] && marker[1].length >= fence.marker.length && !marker[2]) {
        parts.push({ kind: 'fence', line: fence.line, info: fence.info, body: fence.body.join('\n') });
        fence = null;
      } else {
        fence.body.push(text.replace(new RegExp(`^ {0,${fence.indent}}`), ''));
      }
    } else if (marker) {
      fence = { marker: marker[1], info: marker[2].toLowerCase(), line, body: [], indent: text.indexOf(marker[1]) };
    } else {
      parts.push({ kind: 'text', line, text });
    }
  });
  if (fence) parts.push({ kind: 'fence', line: fence.line, info: fence.info, body: fence.body.join('\n'), unclosed: true });
  return parts;
}

// The text a heading shows: inline code keeps its content as it is, links keep their text, emphasis and
// HTML tags go.
function renderedText(markdown) {
  return markdown
    .split(/(`[^`]*`)/)
    .map((piece) =>
      piece.startsWith('`')
        ? piece.slice(1, -1)
        : piece
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<[^>]+>/g, '')
            .replace(/\*\*|\*|(?<![\p{L}\p{N}])__?|__?(?![\p{L}\p{N}])/gu, ''),
    )
    .join('');
}

// GitHub's slug (github-slugger): lower case; every character that is not a letter, a mark, a digit, "_",
// "-" or a space is dropped; spaces become "-". A repeated slug gets "-1", "-2", ...
export function slug(headingMarkdown) {
  return renderedText(headingMarkdown)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

export function anchors(parts) {
  const seen = new Map();
  const result = new Set();
  for (const part of parts) {
    if (part.kind !== 'text') continue;
    const heading = part.text.match(/^ {0,3}#{1,6}\s+(.*?)(\s+#+\s*)?$/);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      result.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const explicit of part.text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(explicit[1]);
  }
  return result;
}
