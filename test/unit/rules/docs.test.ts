/** docs/rules.md says what every check does: this keeps it true to the registry. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../utils/model/fields.ts';
import { RULES } from '../../../utils/rules/registry.ts';
import type { Severity } from '../../../utils/rules/types.ts';
import { FIRING_CASES, verdictsOfCase } from './firing-cases.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../../../docs/rules.md'), 'utf8');

interface DocRow {
  fields: string[];
  severities: Severity[];
}

/** The rows of the doc's check tables: `| \`id\` | fields | severity | when | fix |`. */
function documentedChecks(): Map<string, DocRow> {
  const rows = new Map<string, DocRow>();
  for (const line of DOC.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z]+\/[a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id || cells.length < 7) continue;
    const fieldCell = cells[2]!;
    const fields = fieldCell.startsWith('`*`') ? [...FIELD_KEYS] : [...fieldCell.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]!);
    const severities = [...cells[3]!.matchAll(/\b(error|warning|info)\b/g)].map((match) => match[1] as Severity);
    rows.set(id, { fields, severities });
  }
  return rows;
}

describe('docs/rules.md', () => {
  const documented = documentedChecks();

  it('lists every registered check, and no check that does not exist', () => {
    expect([...documented.keys()].sort()).toEqual([...RULES.keys()].sort());
  });

  it('gives each check its fields, as the code declares them', () => {
    for (const [id, rule] of RULES) expect([...new Set(documented.get(id)?.fields)].sort(), id).toEqual([...new Set(rule.fields)].sort());
  });

  it('gives each check its severity first, and every severity it can give', () => {
    for (const [id, rule] of RULES) {
      const row = documented.get(id);
      expect(row?.severities[0], id).toBe(rule.severity);
      const given = new Set(FIRING_CASES[id]!.flatMap(verdictsOfCase).filter((verdict) => verdict.rule === id).map((verdict) => verdict.severity));
      for (const severity of given) expect(row?.severities, `${id} gives ${severity}`).toContain(severity);
    }
  });

  it('stands on its own: no path outside the repository', () => {
    expect(DOC).not.toMatch(/\.\.\/shared|\/work\//);
  });
});
