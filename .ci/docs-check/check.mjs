// node check.mjs [ROOT]: checks every Markdown file under ROOT (default: the repository), prints each problem
// as file:line, and exits 1 if there is any. Run by .ci/run; run it yourself after editing docs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks } from './links.mjs';
import { markdownFiles } from './markdown.mjs';
import { checkMermaid } from './mermaid.mjs';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const files = markdownFiles(root);

const mermaid = await checkMermaid(root, files);
const links = checkLinks(root, files);
for (const problem of [...mermaid.problems, ...links]) console.log(`BROKEN ${problem}`);
console.log(
  `docs-check: ${files.length} Markdown files, ${mermaid.blocks} Mermaid blocks: ` +
    `${mermaid.problems.length} Mermaid problem(s), ${links.length} broken link(s)`,
);
process.exit(mermaid.problems.length + links.length === 0 ? 0 : 1);
