import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
const pages = JSON.parse(readFileSync('/tmp/mdx2/payload.json', 'utf8'));
const sets = {
  all: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx),
  nogfm: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx),
  md_only: () => unified().use(remarkParse),
  gfm_only: () => unified().use(remarkParse).use(remarkGfm),
};
const order = process.argv.slice(2);
for (const name of order) {
  const p = sets[name]();
  const a = performance.now();
  for (const { text } of pages) p.parse(text);
  process.stderr.write(`${name} ${Math.round(performance.now() - a)}\n`);
}
