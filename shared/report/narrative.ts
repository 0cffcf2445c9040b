// The verksamhetsberättelse as a structured document (title, headings, paragraphs, list items): per area and delmål
// what the plan promised, what the register shows was done, which activities were done or struck, and what was not
// reached. Written from the register only; where nothing was registered it says so. The add-on writes it to a Google
// Doc, the CLI prints it.
import { formatNumber, joinSwedish } from '../format.ts';
import { ACTION_KINDS, type ActionKindId } from '../model/action.ts';
import type { ActivityFollowUp, ActivityStatus } from '../model/activity-status.ts';
import { dayToIso } from '../model/calendar.ts';
import { describeTarget, planCounts } from '../model/describe.ts';
import type { Area, Subgoal } from '../model/plan.ts';
import type { Target } from '../model/target.ts';
import type { TargetStatus } from '../model/target-status.ts';
import { type ProgressRow, prepareReport, type ReportContext } from './context.ts';
import type { ReportInput } from './input.ts';
import { countCategories, type TargetPlace, targetPlaces } from './match.ts';
import { NOTHING_RECORDED, STATUS_WORDS, targetOutcome } from './narrative-outcomes.ts';
import { progressRows } from './progress.ts';

export type NarrativeInput = ReportInput & {
  /** Aktiviteter as the board left it. */
  activities: readonly ActivityFollowUp[];
  /** The board's Kommentar on Mål rows, by target id (or delmål id for a delmål without targets). */
  comments: Readonly<Record<string, string>>;
  /** Ids of the targets the board changed, added or struck in Mål: what the plan promised is then not all there is. */
  corrected?: ReadonlySet<string>;
};

export type NarrativeBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'item'; text: string };

export type Narrative = { title: string; asOf: string; blocks: NarrativeBlock[] };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type ActivityGroup = ActivityStatus | 'unrecorded';

/** Plain words for an activity's state, in the order the groups are written. */
const ACTIVITY_GROUPS: readonly { key: ActivityGroup; heading: string }[] = [
  { key: 'done', heading: 'Genomfört' },
  { key: 'dropped', heading: 'Struket' },
  { key: 'in_progress', heading: 'Pågår' },
  { key: 'not_started', heading: 'Inte påbörjat' },
  { key: 'unrecorded', heading: 'Ingen uppföljning registrerad' },
];

/** A status left as the import set it ("Ej påbörjad" on a row nobody edited) is no follow-up anyone registered. */
function activityGroup(activity: ActivityFollowUp | undefined): ActivityGroup {
  if (!activity?.status) return 'unrecorded';
  if (activity.status === 'not_started' && !activity.touched) return 'unrecorded';
  return activity.status;
}

/** Counted words, singular and plural ("1 uppnått", "3 uppnådda"), in the order of the table. */
type CountWords<K extends string> = readonly (readonly [K, string, string])[];

const TARGET_WORDS: CountWords<TargetStatus> = [
  ['done', 'uppnått', 'uppnådda'],
  ['not_met', 'inte uppnått', 'inte uppnådda'],
  ['behind', 'efter takten', 'efter takten'],
  ['on_track', 'i fas', 'i fas'],
  ['open', 'pågående', 'pågående'],
  ['no_data', 'utan registrerat utfall', 'utan registrerat utfall'],
];

const ACTIVITY_WORDS: CountWords<ActivityGroup> = [
  ['done', 'genomförd', 'genomförda'],
  ['dropped', 'struken', 'strukna'],
  ['in_progress', 'pågående', 'pågående'],
  ['not_started', 'inte påbörjad', 'inte påbörjade'],
  ['unrecorded', 'utan registrerad uppföljning', 'utan registrerad uppföljning'],
];

/** "3 uppnådda, 1 inte uppnått och 6 utan registrerat utfall"; empty when every count is zero. */
function counted<K extends string>(words: CountWords<K>, count: (key: K) => number): string {
  return joinSwedish(
    words.flatMap(([key, one, many]) => {
      const n = count(key);
      return n > 0 ? [`${formatNumber(n)} ${n === 1 ? one : many}`] : [];
    }),
  );
}

/** The plan's promise in a few words; a categories target is the work in its areas. */
function promise(target: Target): string {
  return target.kind === 'categories'
    ? `insatser inom områdena ${joinSwedish(target.categories)}`
    : describeTarget(target);
}

class NarrativeWriter {
  readonly blocks: NarrativeBlock[] = [];
  private readonly context: ReportContext;
  private readonly rows: ProgressRow[];
  private readonly places: Map<string, TargetPlace>;
  private readonly activities: Map<string, ActivityFollowUp>;

  constructor(private readonly input: NarrativeInput) {
    this.context = prepareReport(input);
    this.rows = progressRows(this.context);
    this.places = new Map(targetPlaces(input.plan).map((place) => [place.target.id, place]));
    this.activities = new Map(input.activities.map((activity) => [activity.id, activity]));
  }

  private add(block: NarrativeBlock): void {
    this.blocks.push(block);
  }

  private get targetRows(): ProgressRow[] {
    return this.rows.filter((row) => row.target !== undefined);
  }

  /** "Cirka 15 debattartiklar: 12 av 15 (80 %), inte uppnått. Styrelsens kommentar: …" */
  private targetSentence(row: ProgressRow): string {
    const target = row.target;
    const place = target ? this.places.get(target.id) : undefined;
    const outcome = targetOutcome(row, place !== undefined && countCategories(place) !== undefined);
    const status = STATUS_WORDS[row.status];
    const what = !target
      ? 'Registrerat'
      : target.kind === 'categories'
        ? 'Insatser per område'
        : capitalize(promise(target));
    const comment = this.input.comments[row.id]?.trim();
    return `${what}: ${outcome}${status ? ` – ${status}` : ''}.${comment ? ` Styrelsens kommentar: ${comment}` : ''}`;
  }

  write(): Narrative {
    const { plan } = this.input;
    const organisation = plan.organisation.trim();
    const title = `Verksamhetsberättelse ${plan.year}${organisation ? ` – ${organisation}` : ''}`;
    this.add({ type: 'title', text: title });
    this.introduction();
    for (const area of plan.areas) this.area(area);
    this.notReached();
    return { title, asOf: this.input.asOf, blocks: this.blocks };
  }

  private introduction(): void {
    const { plan, asOf } = this.input;
    const { context } = this;
    const period = context.yearOver
      ? `verksamhetsåret ${plan.year}`
      : `verksamhetsåret ${plan.year} till och med ${dayToIso(context.asOfDay)}, och året pågår fortfarande`;
    this.add({
      type: 'paragraph',
      text: `Det här är ett utkast till verksamhetsberättelse, skrivet av Målkoll ur distriktets målregister den ${asOf}. Det bygger bara på det som har registrerats: loggen över vad medlemmarna gjort, aktiviteternas status, partiföreningarnas roller och mätvärdena. Underlaget gäller ${period}. Styrelsen läser, rättar och kompletterar texten före årsmötet.`,
    });
    const counts = planCounts(plan);
    const entries = context.index.all.length;
    const logged =
      entries === 0 ? 'Inget registrerades i loggen.' : `I loggen registrerades ${formatNumber(entries)} insatser.`;
    const targets = counted(TARGET_WORDS, (status) => this.targetRows.filter((row) => row.status === status).length);
    const activities = this.activityGroups();
    const activityWords = counted(ACTIVITY_WORDS, (group) => activities.get(group) ?? 0);
    this.add({
      type: 'paragraph',
      text: [
        `Verksamhetsplanen hade ${counts.areas} områden med ${counts.subgoals} delmål, ${counts.activities} aktiviteter och ${counts.targets} mätbara mål.`,
        targets ? `De mätbara målen: ${targets}.` : '',
        logged,
        activityWords ? `Aktiviteterna: ${activityWords}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }

  /** How many of the plan's activities are in each group. */
  private activityGroups(): Map<ActivityGroup, number> {
    const groups = new Map<ActivityGroup, number>();
    for (const subgoal of this.input.plan.areas.flatMap((area) => area.subgoals)) {
      for (const activity of subgoal.activities) {
        const group = activityGroup(this.activities.get(activity.id));
        groups.set(group, (groups.get(group) ?? 0) + 1);
      }
    }
    return groups;
  }

  private area(area: Area): void {
    this.add({ type: 'heading', level: 1, text: area.title });
    this.add({ type: 'paragraph', text: `Övergripande mål: ${area.overallGoal.text}` });
    for (const row of this.targetRows.filter((candidate) => candidate.areaId === area.id && !candidate.subgoalId)) {
      this.add({ type: 'paragraph', text: this.targetSentence(row) });
    }
    for (const subgoal of area.subgoals) this.subgoal(subgoal);
  }

  /** What the delmål set out to reach: the plan's words, or the targets as the board corrected them in Mål. */
  private promised(subgoal: Subgoal): string {
    // A target's id is its delmål's with a suffix (U3.M1, U3.1.M1, the board's U2.S1).
    const corrected = [...(this.input.corrected ?? [])].some((id) => id.startsWith(`${subgoal.id}.`));
    if (subgoal.targets.length === 0) {
      return corrected
        ? 'Styrelsen har strukit delmålets mätbara mål i registret.'
        : 'Planen satte inget mätbart mål för delmålet.';
    }
    const targets = joinSwedish(subgoal.targets.map(promise));
    return corrected ? `Målen, med styrelsens rättelser i registret: ${targets}.` : `Planen lovade: ${targets}.`;
  }

  private subgoal(subgoal: Subgoal): void {
    this.add({ type: 'heading', level: 2, text: `Delmål ${subgoal.number}: ${subgoal.title}` });
    const targets = this.targetRows.filter((row) => row.subgoalId === subgoal.id);
    this.add({ type: 'paragraph', text: this.promised(subgoal) });
    for (const row of targets) this.add({ type: 'paragraph', text: this.targetSentence(row) });
    const comment = subgoal.targets.length === 0 ? this.input.comments[subgoal.id]?.trim() : undefined;
    this.add({
      type: 'paragraph',
      text: `${this.logged(subgoal)}${comment ? ` Styrelsens kommentar: ${comment}` : ''}`,
    });
    this.activityLists(subgoal);
  }

  /** What members logged for the delmål, per kind of action. */
  private logged(subgoal: Subgoal): string {
    const actions = this.context.index.bySubgoal.get(subgoal.id) ?? [];
    if (actions.length === 0) return `I loggen: ${NOTHING_RECORDED} för delmålet.`;
    const byKind = new Map<ActionKindId, number>();
    for (const { action } of actions) byKind.set(action.kind, (byKind.get(action.kind) ?? 0) + action.quantity);
    const kinds = ACTION_KINDS.flatMap((kind) => {
      const quantity = byKind.get(kind.id);
      return quantity ? [`${kind.sv.toLowerCase()} ${formatNumber(quantity)}`] : [];
    });
    const entries = actions.length === 1 ? '1 registrering' : `${formatNumber(actions.length)} registreringar`;
    return `I loggen finns ${entries} för delmålet: ${joinSwedish(kinds)}.`;
  }

  private activityLists(subgoal: Subgoal): void {
    if (subgoal.activities.length === 0) return;
    for (const group of ACTIVITY_GROUPS) {
      const members = subgoal.activities.filter(
        (activity) => activityGroup(this.activities.get(activity.id)) === group.key,
      );
      if (members.length === 0) continue;
      this.add({ type: 'paragraph', text: `${group.heading}:` });
      for (const activity of members) {
        const comment = this.activities.get(activity.id)?.comment;
        this.add({ type: 'item', text: `${capitalize(activity.text)}${comment ? ` (${comment})` : ''}` });
      }
    }
  }

  /** The targets the year did not reach (or, during the year, those behind), and those nothing was recorded for. */
  private notReached(): void {
    const yearOver = this.context.yearOver;
    const short = this.targetRows.filter((row) => row.status === (yearOver ? 'not_met' : 'behind'));
    const unknown = this.targetRows.filter((row) => row.status === 'no_data');
    this.add({ type: 'heading', level: 1, text: yearOver ? 'Det som inte nåddes' : 'Det som ligger efter' });
    if (short.length === 0) {
      this.add({
        type: 'paragraph',
        text: yearOver
          ? 'Inget av de mätbara mål som har registrerat utfall förblev ouppnått.'
          : 'Inget av de mätbara målen ligger efter takten.',
      });
    }
    for (const row of short) this.add({ type: 'item', text: `${this.where(row)}: ${this.targetSentence(row)}` });
    if (unknown.length > 0) {
      this.add({ type: 'paragraph', text: 'Utan registrerat utfall, så att läget inte går att bedöma:' });
      for (const row of unknown) this.add({ type: 'item', text: `${this.where(row)}: ${this.targetSentence(row)}` });
    }
  }

  private where(row: ProgressRow): string {
    const area = this.input.plan.areas.find((candidate) => candidate.id === row.areaId);
    const subgoal = area?.subgoals.find((candidate) => candidate.id === row.subgoalId);
    return subgoal ? `${area?.title}, delmål ${subgoal.number}` : `${area?.title}, övergripande mål`;
  }
}

/** The verksamhetsberättelse as of `input.asOf`. */
export function buildNarrative(input: NarrativeInput): Narrative {
  return new NarrativeWriter(input).write();
}
