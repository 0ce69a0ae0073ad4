export { VerdictList, VerdictItem, severityLabel, type VerdictListProps } from './VerdictList.tsx';
export { groupVerdicts, blockTitle, countBySeverity, type VerdictGroup } from './group.ts';
