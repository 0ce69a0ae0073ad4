import type { FieldKey } from '../../utils/model/fields.ts';
import { FIELD_BLOCKS } from '../../utils/portal/pages.ts';
import { SEVERITY_RANK, type Severity, type Verdict } from '../../utils/rules/types.ts';

/** One block of the portal's form ("RÉFÉRENCES"…) with its verdicts, worst first. */
export interface VerdictGroup {
  /** The portal's block heading, or "page" for verdicts about the page itself, or "other". */
  block: string;
  worst: Severity;
  verdicts: Verdict[];
}

const BLOCK_ORDER = Object.keys(FIELD_BLOCKS);
const FIELD_ORDER = Object.values(FIELD_BLOCKS).flat();

function blockOf(field: FieldKey | 'page'): string {
  if (field === 'page') return 'page';
  return BLOCK_ORDER.find((block) => FIELD_BLOCKS[block]!.includes(field)) ?? 'other';
}

function fieldRank(field: FieldKey | 'page'): number {
  return field === 'page' ? -1 : FIELD_ORDER.indexOf(field);
}

/**
 * Groups verdicts the way the portal lays out its form, so the user reads them in the order of the page:
 * the groups holding errors come first (worst first), then the blocks' own order; inside a group,
 * worst first, then field order.
 */
export function groupVerdicts(verdicts: readonly Verdict[]): VerdictGroup[] {
  const groups = new Map<string, Verdict[]>();
  for (const verdict of verdicts) {
    const block = blockOf(verdict.field);
    groups.set(block, [...(groups.get(block) ?? []), verdict]);
  }
  const blockRank = (block: string) => (block === 'page' ? -1 : block === 'other' ? BLOCK_ORDER.length : BLOCK_ORDER.indexOf(block));
  return [...groups]
    .map(([block, list]) => {
      const sorted = [...list].sort(
        (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || fieldRank(a.field) - fieldRank(b.field),
      );
      return { block, worst: sorted[0]!.severity, verdicts: sorted };
    })
    .sort((a, b) => SEVERITY_RANK[b.worst] - SEVERITY_RANK[a.worst] || blockRank(a.block) - blockRank(b.block));
}

/** "RÉFÉRENCES" → "Références": the portal's words, read calmly. */
export function blockTitle(block: string): string {
  const lower = block.toLocaleLowerCase('fr-FR');
  return lower.charAt(0).toLocaleUpperCase('fr-FR') + lower.slice(1);
}

export function countBySeverity(verdicts: readonly Verdict[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const verdict of verdicts) counts[verdict.severity]++;
  return counts;
}
