// The plan parser's public surface: decode a file, parse its text, render a plan back to canonical text.
export type { PlanBlock } from './blocks.ts';
export { decodePlanBytes } from './decode.ts';
export { generatePlanText } from './generate.ts';
export { parseBlocks, parsePlan, parsePlanBytes } from './parse.ts';
export { renderPlan } from './render.ts';
export { MAX_PLAN_BYTES, type ParseOptions, type ParseResult, type PlanError } from './types.ts';
