/**
 * npm run docs:api: writes the README's API tables from dist/custom-elements.json — each
 * element's attributes and properties, and the CSS custom properties — between
 * `<!-- api:NAME -->` and `<!-- /api:NAME -->` markers, so the README says what the manifest
 * (and so the editors, the framework types and Storybook) say.
 *
 *   node scripts/api-docs.mjs           rewrite the tables in README.md
 *   node scripts/api-docs.mjs --check   exit 1 when README.md's tables differ from the manifest
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib.mjs';

ensureBuilt();
const readmePath = join(root, 'README.md');
const manifest = JSON.parse(readFileSync(join(root, 'dist', 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap(m => (m.declarations ?? []).filter(d => d.customElement && d.tagName));

const cell = text => String(text ?? '—').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = text => (text ? `\`${cell(text)}\`` : '—');
const typeOf = member => (member.type?.text ?? '').replace(/\s*\|\s*undefined$/, '');

function membersTable(element) {
  const rows = (element.members ?? [])
    .filter(member => member.kind === 'field' && !member.static)
    .map(member => {
      const attribute = (element.attributes ?? []).find(a => a.fieldName === member.name)?.name;
      const name = member.readonly ? `${code(member.name)} (read-only)` : code(member.name);
      return `| ${attribute ? code(attribute) : '—'} | ${name} | ${code(typeOf(member))} | ${member.default ? code(member.default) : '—'} | ${cell(member.description)} |`;
    });
  const methods = (element.members ?? []).filter(member => member.kind === 'method' && !member.static && member.privacy !== 'protected');
  const lines = ['| attribute | property | type | default | description |', '|---|---|---|---|---|', ...rows];
  if (methods.length) lines.push('', `Methods: ${methods.map(m => `\`${m.name}()\` — ${cell(m.description)}`).join('; ')}`);
  return lines.join('\n');
}

function cssPropertiesTable() {
  const byName = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const entry = byName.get(property.name) ?? { ...property, tags: [] };
      entry.tags.push(element.tagName);
      byName.set(property.name, entry);
    }
  }
  const all = elements.length;
  const rows = [...byName.values()].map(p => `| ${code(p.name)} | ${cell(p.default)} | ${p.tags.length === all ? 'all' : p.tags.map(t => `\`<${t}>\``).join(', ')} |`);
  return ['| property | default (light / dark) | elements |', '|---|---|---|', ...rows].join('\n');
}

const tables = { 'css-properties': cssPropertiesTable() };
for (const element of elements) tables[element.tagName] = membersTable(element);

const before = readFileSync(readmePath, 'utf8');
let after = before;
for (const [name, table] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(\\n<!-- /api:${name} -->)`);
  if (!pattern.test(after)) {
    console.error(`README.md has no <!-- api:${name} --> … <!-- /api:${name} --> markers`);
    process.exit(1);
  }
  after = after.replace(pattern, (_m, open, close) => `${open}${table}${close}`);
}

if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('✗ README.md: the API tables differ from custom-elements.json; run `npm run docs:api`');
    process.exit(1);
  }
  console.log(`✓ README.md: ${Object.keys(tables).length} API tables agree with custom-elements.json`);
} else if (after !== before) {
  writeFileSync(readmePath, after);
  console.log('README.md: API tables rewritten from custom-elements.json');
}
