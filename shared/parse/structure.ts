// The plan grammar: reads the outline — plan intro, areas (heading, intro, goal) and delmål with their activities —
// from blocks, whether they were lowered from text or built from a document.
import type { Block } from './blocks.ts';
import { type LineKind, type Marker, markerOf } from './lines.ts';
import { MESSAGES } from './messages.ts';
import { rowFields, type TableColumn, tableColumns } from './tables.ts';
import { readTargets } from './targets/read.ts';
import type { PlanError } from './types.ts';

/** The one area of a plan with no heading above its delmål: a table right under the title, or numbered goals only. */
const IMPLIED_AREA_TITLE = 'Verksamhet';

export interface RawActivity {
  line: number;
  text: string;
  /** From a table's Ansvarig column; otherwise read from the wording. */
  owner?: string;
  deadline?: string;
}

export interface RawSubgoal {
  line: number;
  number: number;
  title: string;
  description: string[];
  /** The text introducing the activity list ("Under verksamhetsåret ska DS:"), '' when there is none. */
  leadIn: string;
  activities: RawActivity[];
  /** From a table's Ansvarig column; otherwise read from the lead-in. */
  owner?: string;
}

export interface RawArea {
  line: number;
  title: string;
  /** Intro lines; '' marks a paragraph break. */
  intro: string[];
  goalLine: number;
  /** The "Övergripande mål" text by line; undefined when the area has none. */
  goal: string[] | undefined;
  subgoals: RawSubgoal[];
}

export interface RawPlan {
  /** Intro lines; '' marks a paragraph break. */
  intro: string[];
  areas: RawArea[];
}

const MAX_SUBGOAL_NUMBER = 9999;
/** Enough to fix a file in one go; a garbage file with thousands of problems stops here. */
export const MAX_ERRORS = 20;

/** Appends a prose line to paragraphs, collapsing runs of blank lines into one paragraph break. */
function addParagraphLine(paragraphs: string[], text: string): void {
  if (text !== '' || (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] !== '')) paragraphs.push(text);
}

const FIRST_SENTENCE = /^(.+?[.!?])\s+(?=\p{Lu})/u;
const SENTENCE_END = /[.!?]$/u;

/** "Vi ska växa. Därför ska vi …" → ["Vi ska växa.", "Därför ska vi …"]. */
function splitFirstSentence(text: string): [string, string] {
  const match = FIRST_SENTENCE.exec(text);
  return match ? [match[1] as string, text.slice(match[0].length)] : [text, ''];
}

/** How a delmål came about, which decides how the lines right below it are read. */
type SubgoalShape = 'marker' | 'item' | 'statement' | 'section';

/**
 * One delmål's lines. Before `Aktiviteter` prose is the description. In the list, a bullet starts an activity and a
 * prose line right below a bullet continues it (a wrapped line); a list without bullet characters takes each line as
 * an activity until the first blank line. Prose after the list is added to the description. A delmål that is a list
 * item or a goal statement continues its title on the lines right below it.
 */
class SubgoalReader {
  readonly raw: RawSubgoal;
  private inList = false;
  private sawBullet = false;
  private plainListEnded = false;
  private afterActivityLine = false;
  private titleOpen: boolean;

  constructor(
    line: number,
    number: number,
    title: string,
    readonly shape: SubgoalShape,
  ) {
    this.raw = { line, number, title, description: [], leadIn: '', activities: [] };
    this.titleOpen = shape === 'item' || shape === 'statement';
  }

  blank(): void {
    this.afterActivityLine = false;
    this.titleOpen = false;
    if (this.inList && !this.sawBullet && this.raw.activities.length > 0) this.plainListEnded = true;
  }

  listHeader(leadIn: string): void {
    this.inList = true;
    this.afterActivityLine = false;
    this.titleOpen = false;
    if (this.raw.leadIn === '') this.raw.leadIn = leadIn;
  }

  bullet(line: number, content: string): void {
    this.inList = true;
    this.sawBullet = true;
    this.afterActivityLine = true;
    this.titleOpen = false;
    this.raw.activities.push({ line, text: content });
  }

  /** A nested bullet belongs to the activity above it. */
  nested(line: number, content: string): void {
    const last = this.raw.activities[this.raw.activities.length - 1];
    if (!last) this.bullet(line, content);
    else {
      last.text = last.text === '' ? content : `${last.text} ${content}`;
      this.afterActivityLine = true;
    }
  }

  row(activity: RawActivity): void {
    this.inList = true;
    this.sawBullet = true;
    this.afterActivityLine = false;
    this.titleOpen = false;
    this.raw.activities.push(activity);
  }

  /** A line glued below continues the title of a goal that is a list item or a statement, until its sentence ends. */
  continuesTitle(gap: boolean): boolean {
    return this.titleOpen && !gap && !SENTENCE_END.test(this.raw.title);
  }

  prose(line: number, text: string): void {
    const { raw } = this;
    if (this.titleOpen) {
      raw.title = raw.title === '' ? text : `${raw.title} ${text}`;
    } else if (!this.inList) {
      if (raw.title === '') raw.title = text;
      else raw.description.push(text);
    } else if (this.sawBullet && this.afterActivityLine) {
      const last = raw.activities[raw.activities.length - 1] as RawActivity;
      last.text = last.text === '' ? text : `${last.text} ${text}`;
    } else if (!this.sawBullet && raw.activities.length === 0 && raw.leadIn === '' && text.endsWith(':')) {
      raw.leadIn = text;
    } else if (!this.sawBullet && !this.plainListEnded) {
      raw.activities.push({ line, text });
      this.afterActivityLine = true;
    } else {
      raw.description.push(text);
    }
  }

  finish(): RawSubgoal {
    const { raw } = this;
    raw.activities = raw.activities.filter((activity) => activity.text !== '');
    if (this.shape === 'statement') {
      const [first, rest] = splitFirstSentence(raw.title);
      raw.title = first;
      if (rest !== '') raw.description.unshift(rest);
    }
    return raw;
  }
}

/** Markers that state goals: they end the plan intro wherever they stand. */
const GOAL_MARKERS: ReadonlySet<LineKind> = new Set(['goal', 'subgoal', 'unnumbered', 'numbered', 'goals']);
/** "Vi ska …": in a section without goal words, a paragraph that opens like this is a goal. */
const GOAL_STATEMENT = /^vi\s+(?:ska|skall|vill)\s/iu;
/** A whole sentence that says what shall be: in a run of goal statements, one line each, it is the next goal. */
const SHALL_SENTENCE = /^\p{Lu}.*(?<!\p{L})(?:ska|skall)(?!\p{L}).*[.!]$/u;

type TextBlock = Exclude<Block, { kind: 'row' }>;

/** What a block marks; a table's header row with a goal column is a marker of its own. */
type BlockMarker = Pick<Marker, 'rest' | 'subgoalNumber' | 'parentNumber'> & { kind: LineKind | 'table' };

const BULLET_MARKER: BlockMarker = { kind: 'bullet', rest: '', subgoalNumber: 0 };

/** Each block's marker: the one lowering read when there is one (no copy of a line per block), else read now. */
function markersOf(blocks: readonly Block[]): BlockMarker[] {
  return blocks.map((block, index) => {
    if (block.kind === 'item') return BULLET_MARKER;
    if (block.kind === 'row') {
      const header = blocks[index - 1]?.kind !== 'row' && tableColumns(block.cells)?.includes('goal');
      return { kind: header ? 'table' : 'text', rest: '', subgoalNumber: 0 };
    }
    const marker = block.marker ?? markerOf(block.text);
    // A document paragraph may start with a typed bullet; text lowering has made those items already.
    return marker.kind === 'bullet' || marker.kind === 'blank' ? { ...marker, kind: 'text' } : marker;
  });
}

function isSectionHeading(block: Block, marker: BlockMarker): boolean {
  return block.kind === 'heading' && block.level === 1 && marker.kind === 'text';
}

interface Section {
  start: number;
  end: number;
  hasContent: boolean;
  explicit: boolean;
  hasGoal: boolean;
}

/** What the grammar needs to know ahead: where areas begin and what each one holds. */
interface Analysis {
  markers: BlockMarker[];
  /** Block index where the first area begins; -1 when no block starts one. */
  firstArea: number;
  /** Area starts whose section has goal words (delmål, goal lists, a goal table): prose there is never a delmål. */
  explicit: Set<number>;
  /** Area starts whose section has an "Övergripande mål". */
  withGoal: Set<number>;
  /** "Mål N." blocks followed by their "Mål N.1 …": areas, not delmål. */
  parents: Set<number>;
}

function hasTargets(blocks: readonly Block[], section: Section): boolean {
  for (let index = section.start + 1; index < section.end; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'row') continue;
    if (readTargets('X', [{ text: block.text, prose: block.kind !== 'item' }]).length > 0) return true;
  }
  return false;
}

function analyse(blocks: readonly Block[], start: number): Analysis {
  const markers = markersOf(blocks);
  const parents = new Set<number>();
  const sections: Section[] = [];
  let current: Section | undefined;
  const open = (index: number, explicit: boolean) => {
    if (current) current.end = index;
    current = { start: index, end: blocks.length, hasContent: false, explicit, hasGoal: false };
    sections.push(current);
  };
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const marker = markers[index] as BlockMarker;
    const isParent = marker.kind === 'numbered' && marker.parentNumber === undefined && hasChildren(markers, index);
    if (isParent) parents.add(index);
    if (isSectionHeading(block, marker)) open(index, false);
    else if (isParent || (marker.kind === 'goals' && block.kind === 'heading' && (!current || current.hasContent)))
      open(index, true);
    else if (current) {
      current.hasContent = true;
      if (GOAL_MARKERS.has(marker.kind as LineKind) || marker.kind === 'table') current.explicit = true;
      if (marker.kind === 'goal') current.hasGoal = true;
    }
  }
  const firstMarker = markers.findIndex(
    (marker, index) => index >= start && (GOAL_MARKERS.has(marker.kind as LineKind) || marker.kind === 'table'),
  );
  const containing = (index: number) => sections.find((section) => section.start <= index && index < section.end);
  let firstArea = firstMarker;
  if (firstMarker !== -1 && (markers[firstMarker] as BlockMarker).kind === 'goal') {
    firstArea = containing(firstMarker)?.start ?? firstMarker;
  } else {
    const before = firstMarker === -1 ? blocks.length : firstMarker;
    const first = sections.find(
      (section) => section.start < before && (section.explicit || hasTargets(blocks, section)),
    );
    if (first) firstArea = first.start;
  }
  return {
    markers,
    firstArea,
    explicit: new Set(sections.filter((section) => section.explicit).map((section) => section.start)),
    withGoal: new Set(sections.filter((section) => section.hasGoal).map((section) => section.start)),
    parents,
  };
}

function hasChildren(markers: readonly BlockMarker[], index: number): boolean {
  const number = (markers[index] as BlockMarker).subgoalNumber;
  for (let next = index + 1; next < markers.length; next++) {
    const marker = markers[next] as BlockMarker;
    if (marker.kind !== 'numbered') continue;
    if (marker.parentNumber === undefined) return false;
    if (marker.parentNumber === number) return true;
  }
  return false;
}

interface AreaState {
  raw: RawArea;
  explicit: boolean;
  /** An "Övergripande mål" stands further down in the area. */
  goalAhead: boolean;
  /** The area's goal is an "Övergripande mål", which needs delmål of its own (an "Inriktning:" does not). */
  strictGoal: boolean;
  /** A delmål before the area's "Övergripande mål" was reported, so the goal itself is no second error. */
  earlyReported: boolean;
  hasContent: boolean;
  /** Made up to carry on reading after an error; never part of a plan. */
  placeholder: boolean;
  numbers: Map<number, number>;
}

type Mode = 'preamble' | 'areaIntro' | 'goal' | 'goals' | 'subgoal' | 'background';

class Outline {
  readonly errors: PlanError[] = [];
  readonly plan: RawPlan = { intro: [], areas: [] };
  private mode: Mode = 'preamble';
  private area: AreaState | undefined;
  private subgoal: SubgoalReader | undefined;
  private goalsLeadIn: string[] = [];
  private table: Array<TableColumn | undefined> | undefined;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly analysis: Analysis,
    intro: string[],
  ) {
    this.plan.intro = intro;
  }

  read(start: number): void {
    const { blocks, analysis } = this;
    for (let index = start; index < blocks.length && this.errors.length < MAX_ERRORS; index++) {
      const block = blocks[index] as Block;
      const marker = analysis.markers[index] as BlockMarker;
      if (block.kind !== 'row') this.table = undefined;
      if (block.gap) this.gap();
      const starting = index === analysis.firstArea;
      if (this.mode === 'preamble' && !starting && (index < analysis.firstArea || analysis.firstArea === -1)) {
        // In a plan without section headings an "Inriktning: …" line opens the one area it names.
        const opensArea = marker.kind === 'direction' && analysis.firstArea === -1;
        if (!GOAL_MARKERS.has(marker.kind as LineKind) && marker.kind !== 'table' && !opensArea) {
          addParagraphLine(this.plan.intro, block.source);
          continue;
        }
      }
      this.block(index, block, marker);
    }
    this.finishArea();
    if (this.plan.areas.length === 0 && this.errors.length === 0) this.fail(1, MESSAGES.noSubgoals);
  }

  private fail(line: number, message: string): void {
    this.errors.push({ line, message });
  }

  private block(index: number, block: Block, marker: BlockMarker): void {
    if (block.kind === 'row') this.row(block);
    else if (block.kind === 'item') this.item(block);
    // "INTRESSEPOLITIK." is headed "INTRESSEPOLITIK": the full stop only ends the line.
    else if (isSectionHeading(block, marker)) this.newArea(index, block.line, block.text.replace(/\.$/u, ''), false);
    else if (block.kind === 'heading' && marker.kind === 'text' && this.area && !this.area.explicit) {
      // A sub-heading in a section without goal words: a delmål of its own.
      this.startSubgoal(block.line, undefined, block.text.replace(/\.$/u, ''), 'section');
    } else this.marker(index, block, marker);
  }

  private marker(index: number, block: TextBlock, marker: BlockMarker): void {
    switch (marker.kind) {
      case 'goal':
        this.goal(block.line, marker.rest);
        break;
      case 'subgoal':
        this.numberedSubgoal(
          block.line,
          marker.subgoalNumber,
          marker.rest,
          MESSAGES.subgoalBeforeArea(marker.subgoalNumber),
        );
        break;
      case 'unnumbered':
        this.fail(block.line, MESSAGES.unnumberedSubgoal);
        break;
      case 'numbered':
        if (this.analysis.parents.has(index)) {
          this.newArea(index, block.line, marker.rest || block.text, true);
          this.setGoal(block.line, marker.rest);
          this.mode = 'areaIntro';
        } else this.numberedSubgoal(block.line, marker.subgoalNumber, marker.rest, MESSAGES.goalBeforeArea(block.text));
        break;
      case 'goals':
        this.goals(index, block, marker.rest);
        break;
      case 'activities':
        this.activities(block.line, marker.rest);
        break;
      case 'direction':
        this.direction(block, marker.rest);
        break;
      case 'background':
        if (this.area) {
          this.area.hasContent = true;
          this.mode = 'background';
        } else addParagraphLine(this.plan.intro, block.source);
        break;
      default:
        this.prose(block, this.blocks[index + 1]?.kind === 'item');
    }
  }

  private gap(): void {
    if (this.mode === 'preamble') addParagraphLine(this.plan.intro, '');
    else if ((this.mode === 'areaIntro' || this.mode === 'background') && this.area)
      addParagraphLine(this.area.raw.intro, '');
    else if (this.mode === 'subgoal' || this.mode === 'goals') this.subgoal?.blank();
  }

  private newArea(index: number, line: number, title: string, explicit: boolean): void {
    this.finishArea();
    const raw: RawArea = { line, title, intro: [], goalLine: 0, goal: undefined, subgoals: [] };
    this.plan.areas.push(raw);
    this.area = {
      raw,
      explicit: explicit || this.analysis.explicit.has(index),
      goalAhead: this.analysis.withGoal.has(index),
      strictGoal: false,
      earlyReported: false,
      hasContent: false,
      placeholder: false,
      numbers: new Map(),
    };
    this.mode = 'areaIntro';
  }

  /** An area to carry on reading into after a structure error, so one mistake gives one message. */
  private placeholderArea(line: number): AreaState {
    this.newArea(-1, line, '', true);
    const area = this.area as AreaState;
    area.placeholder = true;
    return area;
  }

  private finishSubgoal(): void {
    const area = this.area;
    const reader = this.subgoal;
    this.subgoal = undefined;
    if (!area || !reader) return;
    const raw = reader.finish();
    if (raw.title === '') {
      // An empty bullet in a goal list is no goal; an empty "Delmål N:" is a mistake.
      if (reader.shape !== 'marker') {
        area.numbers.delete(raw.number);
        return;
      }
      this.fail(raw.line, MESSAGES.subgoalWithoutTitle(raw.number));
    }
    area.raw.subgoals.push(raw);
  }

  private finishArea(): void {
    this.finishSubgoal();
    const area = this.area;
    this.area = undefined;
    if (!area || area.placeholder || area.raw.subgoals.length > 0) return;
    if (!area.strictGoal && !area.explicit) {
      // A section with only prose is one delmål: the heading is its title, the prose its description.
      this.area = area;
      this.proseSubgoal(area.raw.line);
      this.finishSubgoal();
      this.area = undefined;
      return;
    }
    this.fail(area.raw.line, MESSAGES.areaWithoutSubgoals(area.raw.title));
  }

  /** The delmål of a section without goal words, titled by the section and holding its prose so far. */
  private proseSubgoal(line: number): void {
    const area = this.area as AreaState;
    const description = area.raw.intro.filter((text) => text !== '');
    area.raw.intro = [];
    this.startSubgoal(line, undefined, area.raw.title, 'section');
    (this.subgoal as SubgoalReader).raw.description.push(...description);
  }

  private nextNumber(area: AreaState, preferred: number | undefined): number {
    if (preferred !== undefined && preferred >= 1 && !area.numbers.has(preferred)) return preferred;
    let number = area.raw.subgoals.length + (this.subgoal ? 2 : 1);
    while (area.numbers.has(number)) number++;
    return number;
  }

  /** A delmål; `written` is the number the plan gives it ("Delmål 3"), undefined for a goal the plan does not number. */
  private startSubgoal(line: number, written: number | undefined, title: string, shape: SubgoalShape): void {
    const area = this.area ?? this.placeholderArea(line);
    this.leaveGoal();
    this.finishSubgoal();
    let number: number;
    if (shape === 'marker' && written !== undefined) {
      number = written;
      const earlier = area.numbers.get(number);
      if (number < 1 || number > MAX_SUBGOAL_NUMBER) this.fail(line, MESSAGES.badSubgoalNumber(number));
      else if (earlier !== undefined) this.fail(line, MESSAGES.duplicateSubgoal(number, area.raw.title, earlier));
      else area.numbers.set(number, line);
    } else {
      number = this.nextNumber(area, written);
      area.numbers.set(number, line);
    }
    area.hasContent = true;
    const inGoalList = this.mode === 'goals' && (shape === 'item' || shape === 'statement');
    this.subgoal = new SubgoalReader(line, number, title, shape);
    if (inGoalList) this.subgoal.raw.leadIn = this.goalsLeadIn.join(' ');
    this.mode = inGoalList ? 'goals' : 'subgoal';
  }

  /** Leaving an "Övergripande mål": it needs text before its first delmål. */
  private leaveGoal(): void {
    if (this.mode === 'goal' && this.area && this.area.raw.goal?.length === 0) {
      this.fail(this.area.raw.goalLine, MESSAGES.goalWithoutText);
    }
  }

  private setGoal(line: number, rest: string): void {
    const raw = (this.area as AreaState).raw;
    (this.area as AreaState).strictGoal = true;
    raw.goalLine = line;
    raw.goal = rest === '' ? [] : [rest];
    this.mode = 'goal';
  }

  private goal(line: number, rest: string): void {
    let area = this.area;
    if (!area) {
      this.fail(line, MESSAGES.noHeading);
      area = this.placeholderArea(line);
    } else if (this.mode === 'goal') {
      this.fail(area.raw.line, MESSAGES.areaWithoutSubgoals(area.raw.title));
    } else if (area.raw.subgoals.length > 0 || this.subgoal) {
      this.finishSubgoal();
      if (!(area.earlyReported && !area.strictGoal)) {
        this.fail(line, MESSAGES.noHeading);
        area = this.placeholderArea(line);
      }
    }
    area.hasContent = true;
    this.setGoal(line, rest);
  }

  /**
   * "Inriktning: …": the area's overall goal, in one line, with delmål or prose below as in any section. In a plan
   * without section headings it opens the area it names ("Inriktning: Bygga organisationen" right under the title).
   */
  private direction(block: TextBlock, rest: string): void {
    const area = this.area;
    if (!area && this.analysis.firstArea === -1) this.newArea(-1, block.line, rest, false);
    else if (!area) addParagraphLine(this.plan.intro, block.source);
    else if (area.raw.goal === undefined) {
      area.raw.goal = [rest];
      area.raw.goalLine = block.line;
      area.hasContent = true;
    } else this.prose(block, false);
  }

  private numberedSubgoal(line: number, number: number, rest: string, beforeArea: string): void {
    // Numbered goals right under the title ("Mål 1. Fler medlemmar", "Mål 2. …") are the goals of one area.
    if (!this.area) this.newArea(-1, line, IMPLIED_AREA_TITLE, true);
    const area = this.area as AreaState;
    if (area.goalAhead && !area.strictGoal && !area.earlyReported) {
      this.fail(line, beforeArea);
      area.earlyReported = true;
    }
    this.startSubgoal(line, number, rest, 'marker');
  }

  private goals(index: number, block: TextBlock, rest: string): void {
    const heading = block.kind === 'heading';
    if (!this.area || (heading && this.area.hasContent)) {
      this.newArea(index, block.line, block.text.replace(/\s*[:.–—-]\s*$/u, '') || block.text, true);
    }
    const area = this.area as AreaState;
    this.leaveGoal();
    this.finishSubgoal();
    area.hasContent = true;
    this.mode = 'goals';
    this.goalsLeadIn = [];
    if (rest !== '') this.startSubgoal(block.line, undefined, rest, 'statement');
  }

  private activities(line: number, rest: string): void {
    const area = this.area;
    if (area && !this.subgoal && !area.strictGoal && !area.explicit) this.proseSubgoal(line);
    if (!this.subgoal) {
      this.fail(line, MESSAGES.activitiesWithoutSubgoal);
      return;
    }
    this.leaveGoal();
    this.subgoal.listHeader(rest);
    this.mode = 'subgoal';
  }

  /** A paragraph; `beforeList` when a list item follows it, so that it may introduce the list. */
  private prose(block: TextBlock, beforeList: boolean): void {
    const area = this.area as AreaState;
    const text = block.text;
    const reader = this.subgoal;
    const statement = !area?.explicit && GOAL_STATEMENT.test(text);
    if (this.mode === 'preamble') addParagraphLine(this.plan.intro, block.source);
    else if (this.mode === 'goal') area.raw.goal?.push(text);
    else if (this.mode === 'areaIntro' && statement) this.startSubgoal(block.line, undefined, text, 'statement');
    else if (this.mode === 'areaIntro' || this.mode === 'background') {
      area.hasContent = true;
      addParagraphLine(area.raw.intro, block.source);
    } else if (reader?.continuesTitle(block.gap)) reader.prose(block.line, text);
    else if (this.mode === 'subgoal' && reader?.shape === 'statement' && (statement || this.nextShall(block, reader))) {
      // "Vi ska …" lines one after the other are goals one after the other.
      this.startSubgoal(block.line, undefined, text, 'statement');
    } else if (this.mode === 'subgoal') reader?.prose(block.line, text);
    else if (text.endsWith(':') || (beforeList && !SENTENCE_END.test(text))) this.goalsLeadIn.push(text);
    else if (reader?.shape === 'item') {
      // Prose after a list of goals describes the last one.
      this.mode = 'subgoal';
      reader.prose(block.line, text);
    } else this.startSubgoal(block.line, undefined, text, 'statement');
  }

  /** "Varje förening ska ha en kassör." right under a goal statement, in a section without goal words. */
  private nextShall(block: TextBlock, reader: SubgoalReader): boolean {
    return !this.area?.explicit && !block.gap && reader.raw.description.length === 0 && SHALL_SENTENCE.test(block.text);
  }

  private item(block: Extract<Block, { kind: 'item' }>): void {
    const area = this.area as AreaState;
    if (this.mode === 'preamble') addParagraphLine(this.plan.intro, block.source);
    else if (this.mode === 'goal') area.raw.goal?.push(block.text);
    else if (this.mode === 'background' || (this.mode === 'areaIntro' && area.explicit)) {
      area.hasContent = true;
      addParagraphLine(area.raw.intro, block.source);
    } else if (this.mode === 'areaIntro') {
      this.proseSubgoal(block.line);
      this.subgoal?.bullet(block.line, block.text);
    } else if (this.mode === 'goals' && this.subgoal?.shape === 'statement') {
      // A list under a goal statement says how to reach it.
      this.mode = 'subgoal';
      this.subgoal.bullet(block.line, block.text);
    } else if (this.mode === 'goals' && !(block.depth > 1 && this.subgoal)) {
      this.startSubgoal(block.line, block.number, block.text, 'item');
    } else if (this.mode === 'subgoal' && block.depth > 1) this.subgoal?.nested(block.line, block.text);
    else this.subgoal?.bullet(block.line, block.text);
  }

  private row(block: Extract<Block, { kind: 'row' }>): void {
    if (!this.table) {
      this.table = tableColumns(block.cells);
      if (!this.table) this.prose({ ...block, kind: 'paragraph', text: block.cells.join(' ').trim() }, false);
      // A plan that is one table under its title ("Mål  Aktivitet  Ansvarig  Klart"): the table is the plan's one area.
      else if (!this.area) this.newArea(-1, block.line, IMPLIED_AREA_TITLE, true);
      return;
    }
    const fields = rowFields(this.table, block.cells);
    // A goal written again on each of its activities' rows stays one delmål.
    if (fields.goal !== undefined && fields.goal !== this.subgoal?.raw.title) {
      this.startSubgoal(block.line, undefined, fields.goal, 'marker');
      const raw = (this.subgoal as SubgoalReader).raw;
      if (fields.owner !== undefined) raw.owner = fields.owner;
    }
    if (fields.activity === undefined) return;
    if (!this.subgoal) this.activities(block.line, '');
    this.subgoal?.row({ line: block.line, text: fields.activity, owner: fields.owner, deadline: fields.deadline });
  }
}

/**
 * Reads the blocks from `start` (the first after the title block): the outline, and every problem found with it.
 * `intro` holds the title block's other lines, which open the plan intro.
 */
export function readStructure(
  blocks: readonly Block[],
  start: number,
  intro: string[],
): { plan: RawPlan; errors: PlanError[] } {
  const outline = new Outline(blocks, analyse(blocks, start), intro);
  outline.read(start);
  return { plan: outline.plan, errors: outline.errors };
}
