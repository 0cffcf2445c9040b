// The report computations' public surface: progress rows, the three reports and the quarter parser.
export { parseQuarter, type Quarter, type QuarterId } from '../model/calendar.ts';
export { generateActions } from './generate.ts';
export { RecordedValue, type ReportInput } from './input.ts';
export { kindForUnit } from './match.ts';
export {
  type CategoryColumn,
  type CategoryMatrix,
  computeProgress,
  type PeriodState,
  type PeriodTick,
  type ProgressRow,
  type RoleGap,
  type TrendReading,
} from './progress.ts';
export { buildBranchReport, buildQuarterReport, buildYearReport } from './reports.ts';
export * from './types.ts';
