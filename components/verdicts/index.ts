export { VerdictList, VerdictItem, severityLabel, verdictKeys, type VerdictListProps } from './VerdictList.tsx';
export { groupVerdicts, blockTitle, countBySeverity, type VerdictGroup } from './group.ts';
