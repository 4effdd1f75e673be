// The anchors GitHub gives headings of this repository (checked against github.com's rendering rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slug } from './markdown.mjs';

test('drops punctuation, keeps letters, digits, "-" and "_"', () => {
  assert.equal(slug('5. Experiments'), '5-experiments');
  assert.equal(slug("Chapter 2's experiments, side by side"), 'chapter-2s-experiments-side-by-side');
  assert.equal(slug('What still hurts'), 'what-still-hurts');
});

test('keeps the text of inline code, with its underscores', () => {
  assert.equal(slug('2.8 One request, three services: `GET /api/order-details/{id}`'), '28-one-request-three-services-get-apiorder-detailsid');
  assert.equal(slug('`SHOP_PORT_OFFSET` and *why*'), 'shop_port_offset-and-why');
});

test('a dash between spaces leaves two hyphens', () => {
  assert.equal(slug('5.3 A slow payment no longer holds locks — still'), '53-a-slow-payment-no-longer-holds-locks--still');
});

test('a repeated heading gets -1, -2; headings inside code blocks are not headings', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { anchors, parse } = await import('./markdown.mjs');
  const file = join(mkdtempSync(join(tmpdir(), 'docs-check-')), 'page.md');
  writeFileSync(file, '# Exercises\n\n## Exercises\n\n```bash\n# Exercises\n```\n\n### Exercises\n<a id="custom"></a>\n');
  assert.deepEqual([...anchors(parse(file))].sort(), ['custom', 'exercises', 'exercises-1', 'exercises-2']);
});
