/**
 * Analyzer plugins that make custom-elements.json describe the published package rather than
 * the TypeScript sources it was read from:
 *
 * - definitions: each `Class.define('tag')` call (src/<tag>/define.ts) becomes a real
 *   `custom-element-definition` export; the generic `customElements.define(tag, constructor)`
 *   inside the library's guarded define helper is not one.
 * - public API only: `#private`, `private` and `protected` members are dropped; a getter without a
 *   setter is marked `readonly`.
 * - CSS custom property defaults move from "… Default: x." in the description to `default`.
 * - paths: `src/x/y.ts` becomes the shipped `dist/x/y.js` everywhere (module paths, declaration
 *   references, `inheritedFrom`, superclasses); modules with nothing in them at run time (type-only
 *   files) are dropped, with the exports that point at them.
 */
import { posix } from 'node:path';

/** `src/news-article/news-article.ts` or `./news-article.js` (relative to `from`) → `dist/news-article/news-article.js`. */
function shippedPath(path, from) {
  if (!path) return path;
  let resolved = path;
  if (path.startsWith('.') && from) resolved = posix.join(posix.dirname(from), path);
  resolved = posix.normalize(resolved).replace(/^\//, '');
  return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

function fixReference(reference, from) {
  if (reference?.module) reference.module = shippedPath(reference.module, from);
}

/** True for a `get x()` with no matching `set x()` in the same class. */
function getterOnly(ts, member, classNode) {
  if (!ts.isGetAccessorDeclaration(member)) return false;
  const name = member.name.getText();
  return !classNode.members.some(other => ts.isSetAccessorDeclaration(other) && other.name.getText() === name);
}

/** A union of literal and primitive types only, e.g. `'grid' | 'list' | 'compact'`: an alias worth expanding. */
const LITERAL_UNION = /^\s*('[^']*'|-?\d+(\.\d+)?|true|false|string|number|boolean|undefined|null)(\s*\|\s*('[^']*'|-?\d+(\.\d+)?|true|false|string|number|boolean|undefined|null))*\s*$/;

/**
 * The type parser (run before this plugin) writes `expandedType` for every alias it can follow;
 * only an alias of literals (`RelatedLayout`) reads better expanded. Object types keep their name,
 * which the generated framework types import from the package.
 */
function keepLiteralExpansions(item) {
  if (item.expandedType && !LITERAL_UNION.test(item.expandedType.text)) delete item.expandedType;
  if (item.expandedType && item.type) item.type = { ...item.type, text: item.expandedType.text };
}

const isPublicMember = member => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';

export function newsElementsManifest() {
  return [
    {
      name: 'news-elements:definitions-and-readonly',
      analyzePhase({ ts, node, moduleDoc }) {
        // `NewsArticle.define('news-article')` → a custom-element-definition export.
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'define') {
          const [tag] = node.arguments;
          const target = node.expression.expression;
          if (tag && ts.isStringLiteral(tag) && ts.isIdentifier(target) && tag.text.includes('-')) {
            const className = target.text;
            const imported = node
              .getSourceFile()
              .statements.filter(ts.isImportDeclaration)
              .find(statement => statement.importClause?.namedBindings?.elements?.some(element => element.name.text === className));
            const module = imported ? imported.moduleSpecifier.text : moduleDoc.path;
            moduleDoc.exports ??= [];
            moduleDoc.exports.push({
              kind: 'custom-element-definition',
              name: tag.text,
              declaration: { name: className, module },
            });
          }
        }
        // Getters without setters are read-only.
        if (ts.isClassDeclaration(node) && node.name) {
          const declaration = moduleDoc.declarations?.find(d => d.name === node.name.text);
          for (const member of node.members) {
            if (!getterOnly(ts, member, node)) continue;
            const doc = declaration?.members?.find(m => m.name === member.name.getText());
            if (doc) doc.readonly = true;
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        for (const module of modules) {
          // The helper's own `customElements.define(tag, constructor)` defines nothing by itself.
          module.exports = (module.exports ?? []).filter(
            entry => entry.kind !== 'custom-element-definition' || !/^[^-]+$/.test(entry.name),
          );
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind !== 'class') continue;
            if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) keepLiteralExpansions(item);
            for (const property of declaration.cssProperties ?? []) {
              const match = /^(.*?)\s*Default:\s*(.+?)\.?$/s.exec(property.description ?? '');
              if (!match) continue;
              property.description = match[1];
              property.default = match[2];
            }
          }
        }
        // Type-only modules ship no JavaScript.
        const runtime = new Set(modules.filter(m => (m.declarations ?? []).length > 0 || (m.exports ?? []).length > 0).map(m => m.path));
        const shipped = new Set([...runtime].map(path => shippedPath(path)));
        customElementsManifest.modules = modules.filter(m => runtime.has(m.path));
        for (const module of customElementsManifest.modules) {
          const from = module.path;
          for (const entry of module.exports ?? []) fixReference(entry.declaration, from);
          module.exports = (module.exports ?? []).filter(entry => !entry.declaration?.module || shipped.has(entry.declaration.module));
          for (const declaration of module.declarations ?? []) {
            fixReference(declaration.superclass, from);
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
              fixReference(item.inheritedFrom, from);
            }
          }
          module.path = shippedPath(module.path);
        }
      },
    },
  ];
}
