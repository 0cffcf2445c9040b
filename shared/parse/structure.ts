// Reads the plan's outline line by line: plan intro, areas (heading, intro, goal) and delmål with their activities.
import type { Line } from './lines.ts';
import { MESSAGES } from './messages.ts';
import type { PlanError } from './types.ts';

export interface RawSubgoal {
  line: number;
  number: number;
  title: string;
  description: string[];
  /** The text introducing the activity list ("Under verksamhetsåret ska DS:"), '' when there is none. */
  leadIn: string;
  activities: string[];
}

export interface RawArea {
  line: number;
  title: string;
  /** Intro lines; '' marks a paragraph break. */
  intro: string[];
  goalLine: number;
  goal: string[];
  subgoals: RawSubgoal[];
}

export interface RawPlan {
  /** Intro lines; '' marks a paragraph break. */
  intro: string[];
  areas: RawArea[];
}

export type StructureResult = { ok: true; plan: RawPlan } | { ok: false; errors: PlanError[] };

const MAX_SUBGOAL_NUMBER = 9999;
/** Enough to fix a file in one go; a garbage file with thousands of problems stops here. */
const MAX_ERRORS = 20;

/** Appends a prose line to paragraphs, collapsing runs of blank lines into one paragraph break. */
function addParagraphLine(paragraphs: string[], text: string): void {
  if (text !== '' || (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] !== '')) paragraphs.push(text);
}

/**
 * One delmål's lines. Before `Aktiviteter` prose is the description. In the list, a bullet starts an activity and a
 * prose line right below a bullet continues it (a wrapped line); a list without bullet characters takes each line as
 * an activity until the first blank line. Prose after the list is added to the description.
 */
class SubgoalReader {
  readonly raw: RawSubgoal;
  private inList = false;
  private sawBullet = false;
  private plainListEnded = false;
  private afterActivityLine = false;

  constructor(line: Line) {
    this.raw = {
      line: line.number,
      number: line.subgoalNumber,
      title: line.rest,
      description: [],
      leadIn: '',
      activities: [],
    };
  }

  blank(): void {
    this.afterActivityLine = false;
    if (this.inList && !this.sawBullet && this.raw.activities.length > 0) this.plainListEnded = true;
  }

  listHeader(leadIn: string): void {
    this.inList = true;
    this.afterActivityLine = false;
    if (this.raw.leadIn === '') this.raw.leadIn = leadIn;
  }

  bullet(content: string): void {
    this.inList = true;
    this.sawBullet = true;
    this.afterActivityLine = true;
    this.raw.activities.push(content);
  }

  prose(text: string): void {
    const { raw } = this;
    if (!this.inList) {
      if (raw.title === '') raw.title = text;
      else raw.description.push(text);
    } else if (this.sawBullet && this.afterActivityLine) {
      const last = raw.activities.length - 1;
      const previous = raw.activities[last] as string;
      raw.activities[last] = previous === '' ? text : `${previous} ${text}`;
    } else if (!this.sawBullet && raw.activities.length === 0 && raw.leadIn === '' && text.endsWith(':')) {
      raw.leadIn = text;
    } else if (!this.sawBullet && !this.plainListEnded) {
      raw.activities.push(text);
      this.afterActivityLine = true;
    } else {
      raw.description.push(text);
    }
  }

  finish(): RawSubgoal {
    this.raw.activities = this.raw.activities.filter((activity) => activity !== '');
    return this.raw;
  }
}

type State =
  | { mode: 'preamble' }
  | { mode: 'areaIntro'; area: RawArea }
  | { mode: 'goal'; area: RawArea }
  | { mode: 'subgoal'; area: RawArea; subgoal: SubgoalReader };

/** Reads the lines after the title. `headings` holds the indices of the area heading lines (see headings.ts). */
export function readStructure(lines: readonly Line[], titleIndex: number, headings: Set<number>): StructureResult {
  const errors: PlanError[] = [];
  const plan: RawPlan = { intro: [], areas: [] };
  let state: State = { mode: 'preamble' };
  let numbersInArea = new Map<number, number>();
  const byLine = (list: PlanError[]) => list.sort((a, b) => a.line - b.line);
  const fail = (line: number, message: string): StructureResult => ({
    ok: false,
    errors: byLine([...errors, { line, message }]),
  });
  const finishSubgoal = (): void => {
    if (state.mode !== 'subgoal') return;
    const subgoal = state.subgoal.finish();
    if (subgoal.title === '')
      errors.push({ line: subgoal.line, message: MESSAGES.subgoalWithoutTitle(subgoal.number) });
    state.area.subgoals.push(subgoal);
  };

  for (let index = titleIndex + 1; index < lines.length && errors.length < MAX_ERRORS; index++) {
    const line = lines[index] as Line;
    if (headings.has(index)) {
      finishSubgoal();
      const area: RawArea = { line: line.number, title: line.text, intro: [], goalLine: 0, goal: [], subgoals: [] };
      plan.areas.push(area);
      numbersInArea = new Map();
      state = { mode: 'areaIntro', area };
      continue;
    }
    switch (line.kind) {
      case 'blank':
      case 'text':
      case 'bullet':
        if (state.mode === 'preamble') addParagraphLine(plan.intro, line.text);
        else if (state.mode === 'areaIntro') addParagraphLine(state.area.intro, line.text);
        else if (state.mode === 'goal') {
          // Everything between the goal line and the first delmål belongs to the goal.
          if (line.rest !== '') state.area.goal.push(line.rest);
        } else if (line.kind === 'blank') state.subgoal.blank();
        else if (line.kind === 'bullet') state.subgoal.bullet(line.rest);
        else state.subgoal.prose(line.text);
        break;
      case 'goal':
        if (state.mode === 'areaIntro') {
          state.area.goalLine = line.number;
          if (line.rest !== '') state.area.goal.push(line.rest);
          state = { mode: 'goal', area: state.area };
        } else if (state.mode === 'goal') {
          return fail(state.area.line, MESSAGES.areaWithoutSubgoals(state.area.title));
        } else {
          return fail(line.number, MESSAGES.noHeading);
        }
        break;
      case 'subgoal': {
        if (state.mode !== 'goal' && state.mode !== 'subgoal') {
          return fail(line.number, MESSAGES.subgoalBeforeArea(line.subgoalNumber));
        }
        if (state.mode === 'goal' && state.area.goal.length === 0) {
          errors.push({ line: state.area.goalLine, message: MESSAGES.goalWithoutText });
        }
        finishSubgoal();
        const number = line.subgoalNumber;
        const earlier = numbersInArea.get(number);
        if (number < 1 || number > MAX_SUBGOAL_NUMBER) {
          errors.push({ line: line.number, message: MESSAGES.badSubgoalNumber(number) });
        } else if (earlier !== undefined) {
          errors.push({ line: line.number, message: MESSAGES.duplicateSubgoal(number, state.area.title, earlier) });
        } else {
          numbersInArea.set(number, line.number);
        }
        state = { mode: 'subgoal', area: state.area, subgoal: new SubgoalReader(line) };
        break;
      }
      case 'unnumbered':
        errors.push({ line: line.number, message: MESSAGES.unnumberedSubgoal });
        break;
      case 'activities':
        if (state.mode !== 'subgoal') return fail(line.number, MESSAGES.activitiesWithoutSubgoal);
        state.subgoal.listHeader(line.rest);
        break;
    }
  }

  if (errors.length >= MAX_ERRORS) return { ok: false, errors: byLine(errors) };
  if (state.mode === 'goal') return fail(state.area.line, MESSAGES.areaWithoutSubgoals(state.area.title));
  if (state.mode !== 'subgoal') return fail(1, MESSAGES.noSubgoals);
  finishSubgoal();
  return errors.length > 0 ? { ok: false, errors: byLine(errors) } : { ok: true, plan };
}
