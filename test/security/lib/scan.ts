import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './build.ts';

/**
 * Finds, in JavaScript code, the constructs through which an extension runs code it did not ship (eval, Function,
 * string timers, importScripts, remote imports) or talks to a network (fetch, XMLHttpRequest, WebSocket,
 * EventSource, sendBeacon, WebRTC), by parsing the code: names in strings, comments or property keys do not count,
 * `parseShadingFunction(` is not `Function(`. Each finding is traced through the bundle's source map to the module it
 * comes from.
 */
export type FindingKind = 'eval' | 'network' | 'remote-url' | 'html-sink';

export interface Finding {
  kind: FindingKind;
  /** What was found, e.g. `Function`, `fetch`, `setTimeout(string)`, `https://…`. */
  what: string;
  file: string;
  line: number;
  column: number;
  /** The original module (path relative to the repository, e.g. `node_modules/zod/v4/core/util.js`), when known. */
  source: string | undefined;
  snippet: string;
}

const EVAL_NAMES = new Set(['eval', 'Function', 'importScripts']);
const NETWORK_NAMES = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection', 'WebTransport']);
const NETWORK_PROPERTIES = new Set(['sendBeacon']);
const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis', 'global', 'top', 'parent', 'frames']);
const HTML_SINK_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'srcdoc']);
const TIMERS = new Set(['setTimeout', 'setInterval']);

function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAccessChain(parent)) && parent.name === node) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return true;
  if ((ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) return true;
  if ((ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isClassExpression(parent)) && parent.name === node) return true;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) return true;
  if ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && (parent.name === node || parent.propertyName === node)) return true;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return true;
  return false;
}

/** A global reached by name, or through `window.`, `globalThis.`, `self.`… */
function globalName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text)) {
    const argument = node.argumentExpression;
    if (ts.isStringLiteralLike(argument)) return argument.text;
  }
  return undefined;
}

export interface ScanOptions {
  /** Report http(s) URLs written in string literals (bundles); off for our sources, whose URLs are links. */
  urls?: boolean;
}

export function scanCode(code: string, file: string, options: ScanOptions = {}): Omit<Finding, 'source'>[] {
  const kind = /\.(tsx|jsx)$/.test(file) ? ts.ScriptKind.TSX : /\.ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: Omit<Finding, 'source'>[] = [];
  const add = (findingKind: FindingKind, what: string, node: ts.Node) => {
    const start = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    found.push({ kind: findingKind, what, file, line, column: character, snippet: code.slice(Math.max(0, start - 40), start + 60).replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isDeclarationName(node)) {
      if (EVAL_NAMES.has(node.text)) add('eval', node.text, node);
      else if (NETWORK_NAMES.has(node.text)) add('network', node.text, node);
    } else if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (NETWORK_PROPERTIES.has(name)) add('network', name, node.name);
      else if (HTML_SINK_PROPERTIES.has(name)) add('html-sink', name, node.name);
      else if (GLOBAL_OBJECTS.has(ts.isIdentifier(node.expression) ? node.expression.text : '')) {
        if (EVAL_NAMES.has(name)) add('eval', name, node.name);
        else if (NETWORK_NAMES.has(name)) add('network', name, node.name);
      }
    } else if (ts.isElementAccessExpression(node)) {
      const name = globalName(node);
      if (name && EVAL_NAMES.has(name)) add('eval', name, node);
      else if (name && NETWORK_NAMES.has(name)) add('network', name, node);
      const argument = node.argumentExpression;
      if (ts.isStringLiteralLike(argument) && HTML_SINK_PROPERTIES.has(argument.text)) add('html-sink', argument.text, node);
    } else if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && HTML_SINK_PROPERTIES.has(node.name.text)) {
      add('html-sink', node.name.text, node);
    } else if (ts.isCallExpression(node)) {
      const callee = globalName(node.expression);
      const first = node.arguments[0];
      // A timer given a string compiles it: setTimeout("code").
      if (callee && TIMERS.has(callee) && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) add('eval', `${callee}(string)`, node);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first) && /^(https?:)?\/\//i.test(first.text)) {
        add('remote-url', `import(${first.text})`, node);
      }
    } else if (options.urls && (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))) {
      for (const match of node.text.matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`<>)]*/gi)) add('remote-url', match[0], node);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'document' && (node.name.text === 'write' || node.name.text === 'writeln')) {
      add('html-sink', `document.${node.name.text}`, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Scans a built file and traces each finding to its original module through `FILE.map` when there is one. */
export function scanBuiltFile(path: string, options: ScanOptions = {}): Finding[] {
  const code = readFileSync(path, 'utf8');
  const findings = scanCode(code, path, options);
  const mapPath = `${path}.map`;
  let map: SourceMap | undefined;
  let mapSources: string[] = [];
  if (existsSync(mapPath)) {
    const payload = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; sourceRoot?: string };
    map = new SourceMap(payload as never);
    mapSources = payload.sources;
  }
  return findings.map((finding) => {
    let source: string | undefined;
    if (map) {
      const entry = map.findEntry(finding.line, finding.column) as { originalSource?: string };
      if (entry.originalSource) source = normaliseSource(entry.originalSource, dirname(path), mapSources);
    }
    return { ...finding, source };
  });
}

/** The modules a built file was made from (its source map's sources), relative to the repository. */
export function bundledSources(path: string): string[] {
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) return [];
  const payload = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[] };
  return payload.sources.map((source) => normaliseSource(source, dirname(path), payload.sources));
}

function normaliseSource(source: string, mapDir: string, _all: string[]): string {
  const withoutScheme = source.replace(/^file:\/\//, '');
  // Vite writes sources relative to the map file; they point into the repository (or its node_modules).
  const absolute = withoutScheme.startsWith('/') ? withoutScheme : resolve(mapDir, withoutScheme);
  const rel = relative(ROOT, absolute);
  // Outside the repository (a temporary build folder): keep the tail after the last node_modules.
  const index = rel.lastIndexOf('node_modules/');
  return index >= 0 ? rel.slice(index) : rel;
}

export function isLibrary(source: string | undefined): boolean {
  return source !== undefined && source.startsWith('node_modules/');
}

export { join };
