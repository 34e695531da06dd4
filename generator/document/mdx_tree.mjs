// Parses MDX pages with the MDX project's own parser and prints their syntax trees as JSON.
//
// Input (stdin): a JSON array of {"path": ..., "text": ...}. Output (stdout): one JSON line per page,
// in order: {"path", "tree"} or {"path", "error": {"message", "line", "column"}}.
// One process reads every page: starting node once per page would cost more than the parsing.
// The trees are trimmed to what the Python reader walks (no estree of expressions, positions as
// line/column) so that the JSON stays small.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import v8 from 'node:v8';

// This process lives a second or two. With V8's default budget it optimises many of the parser's
// functions that then run too little to repay the compiling: a larger budget before a function is
// optimised spends a third less CPU on the whole site (2.1 s -> 1.4 s, and less time whether or not
// a second core is free). Tiers of the JIT never change what the code computes; a V8 without this
// flag says so on stderr and runs as before.
v8.setFlagsFromString('--interrupt-budget=2000000');

const KEPT = ['type', 'name', 'value', 'depth', 'lang', 'url', 'ordered'];
// Deeper than this is no reference page: the walk stops there with a located error instead of
// exhausting the stack of this process or of the reader's JSON decoder.
const MAX_DEPTH = 200;

class TooDeep extends Error {
  constructor(line, column) {
    super(`the page nests more than ${MAX_DEPTH} levels deep`);
    this.place = { line, column };
  }
}

// What an attribute's `{expression}` says, read from the estree the MDX parser made of it: a
// literal (`{"0,01"}`, `{100}`), an object of literals (`{{min: "minlength"}}`), or the JSX
// elements it holds (`{<><Permission .../></>}`). Anything else is left to the reader to report.
function literalOf(node) {
  if (!node) return undefined;
  if (node.type === 'Literal') return { value: node.value };
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return { value: node.quasis.map((q) => q.value.cooked).join('') };
  }
  if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'Literal'
      && typeof node.argument.value === 'number') {
    return { value: -node.argument.value };
  }
  return undefined;
}

function jsxElements(node, found) {
  if (!node || typeof node !== 'object') return found;
  if (node.type === 'JSXElement') {
    const opening = node.openingElement;
    const attributes = [];
    for (const attribute of opening.attributes) {
      if (attribute.type !== 'JSXAttribute') continue;
      const name = attribute.name.name;
      if (attribute.value === null) attributes.push({ name, value: true });
      else if (attribute.value.type === 'Literal') attributes.push({ name, value: attribute.value.value });
      else if (attribute.value.type === 'JSXExpressionContainer') {
        const literal = literalOf(attribute.value.expression);
        if (literal) attributes.push({ name, value: literal.value });
      }
    }
    const nameNode = opening.name;
    const name = nameNode.type === 'JSXIdentifier' ? nameNode.name : null;
    found.push({ name, line: node.loc ? node.loc.start.line : null, attributes });
  }
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'range' || key === 'position') continue;
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => jsxElements(c, found));
    else if (child && typeof child === 'object' && typeof child.type === 'string') jsxElements(child, found);
  }
  return found;
}

// The markdown a JSX expression shows (a quick-start `<Step description={<>...</>}>`): its text,
// `<code>` as code spans, `<CodeBlock>` as fenced blocks, `<li>` as bullets, `<p>` as paragraphs.
function attributeText(opening, wanted) {
  for (const attribute of opening.attributes) {
    if (attribute.type === 'JSXAttribute' && attribute.name.name === wanted && attribute.value
        && attribute.value.type === 'Literal' && typeof attribute.value.value === 'string') {
      return attribute.value.value;
    }
  }
  return '';
}

function jsxMarkdown(node) {
  if (!node || typeof node !== 'object') return '';
  if (node.type === 'JSXFragment') return node.children.map(jsxMarkdown).join('');
  if (node.type === 'JSXText') return node.value.replace(/\s+/g, ' ');
  if (node.type === 'JSXExpressionContainer') {
    const literal = literalOf(node.expression);
    return literal && typeof literal.value === 'string' ? literal.value : '';
  }
  if (node.type !== 'JSXElement') return '';
  const opening = node.openingElement;
  const name = opening.name.type === 'JSXIdentifier' ? opening.name.name : '';
  if (name === 'CodeBlock') {
    const code = node.children.map((child) => {
      if (child.type === 'JSXText') return child.value;
      const literal = child.type === 'JSXExpressionContainer' ? literalOf(child.expression) : undefined;
      return literal && typeof literal.value === 'string' ? literal.value : '';
    }).join('').trim();
    return `\n\n\`\`\`${attributeText(opening, 'language')}\n${code}\n\`\`\`\n\n`;
  }
  const inner = node.children.map(jsxMarkdown).join('');
  if (name === 'code') return `\`${inner.trim()}\``;
  if (name === 'strong' || name === 'b') return `**${inner.trim()}**`;
  if (name === 'em' || name === 'i') return `_${inner.trim()}_`;
  if (name === 'li') return `\n- ${inner.trim()}`;
  if (name === 'ul' || name === 'ol') return `\n\n${inner.trim()}\n\n`;
  if (name === 'p') return `\n\n${inner.trim()}\n\n`;
  if (name === 'br') return '\n';
  return inner;
}

function readExpression(value) {
  const program = value.data && value.data.estree;
  if (!program || program.body.length !== 1 || program.body[0].type !== 'ExpressionStatement') return {};
  const expression = program.body[0].expression;
  const literal = literalOf(expression);
  if (literal) return { literal: literal.value };
  if (expression.type === 'ObjectExpression') {
    const object = {};
    for (const property of expression.properties) {
      if (property.type !== 'Property' || property.computed) return {};
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
      const item = literalOf(property.value);
      if (!item) return {};
      object[key] = item.value;
    }
    return { object };
  }
  const elements = jsxElements(expression, []);
  const isJsx = expression.type === 'JSXFragment' || expression.type === 'JSXElement';
  const markdown = isJsx ? jsxMarkdown(expression).replace(/\n{3,}/g, '\n\n').trim() : '';
  if (!elements.length) return markdown ? { markdown } : {};
  return markdown ? { elements, markdown } : { elements };
}

function trim(node, depth = 0) {
  if (depth > MAX_DEPTH) {
    const start = node.position ? node.position.start : { line: 1, column: 1 };
    throw new TooDeep(start.line, start.column);
  }
  const out = {};
  for (const key of KEPT) {
    if (node[key] !== undefined && node[key] !== null) out[key] = node[key];
  }
  if (node.position) {
    out.line = node.position.start.line;
    out.column = node.position.start.column;
    out.endLine = node.position.end.line;
  }
  if (Array.isArray(node.attributes)) {
    out.attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute') return { type: attribute.type, expression: attribute.value };
      const value = attribute.value;
      if (value === null || value === undefined) return { name: attribute.name, value: true };
      if (typeof value === 'string') return { name: attribute.name, value };
      return { name: attribute.name, expression: value.value, ...readExpression(value) };
    });
  }
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.data && node.data.estree) {
    // `{`curl ...`}` inside a <CodeBlock>: the literal it holds.
    const { literal } = readExpression(node);
    if (typeof literal === 'string') out.literal = literal;
  }
  if (Array.isArray(node.children)) out.children = node.children.map((child) => trim(child, depth + 1));
  return out;
}

// One processor for every page: freezing it runs the plugins' set-up once, not once per page.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx).freeze();

function parse(text) {
  return trim(processor.parse(text));
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const pages = JSON.parse(await readStdin());
// Each page's line is written as soon as it is parsed (a pipe's writes are synchronous on Linux): the
// reader reads a page while this process parses the next.
for (const { path, text } of pages) process.stdout.write(`${answer(path, text)}\n`);

function answer(path, text) {
  try {
    const tree = parse(text);
    // Serialised here, per page: a tree too deep to serialise is that page's error, not the run's.
    return `{"path":${JSON.stringify(path)},"tree":${JSON.stringify(tree)}}`;
  } catch (error) {
    let place = error && error.place ? (error.place.start || error.place) : null;
    if (!place && error && typeof error.reason === 'string') {
      // Some messages (an unclosed tag) carry their place only in the text: `(23:1-23:34)`.
      const found = /\((\d+):(\d+)-\d+:\d+\)$/.exec(error.reason);
      if (found) place = { line: Number(found[1]), column: Number(found[2]) };
    }
    const message = error && error.reason ? error.reason : String(error && error.message ? error.message : error);
    return JSON.stringify({
      path,
      error: { message, line: place && place.line ? place.line : 1, column: place && place.column ? place.column : 1 },
    });
  }
}
