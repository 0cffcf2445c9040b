// The delmål a member logs against: the suggested ones first, then every delmål by area with a filter. Each shows how
// far its targets have come, as Mål last computed them, so the member sees what the click moves.
import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { PopupView, SubgoalView } from '../messages.ts';

type Pick = (subgoal: string, activity?: string) => void;

function SubgoalButton(props: {
  subgoal: SubgoalView;
  activity?: string;
  /** In the "mer…" fold a click chooses the delmål; then the chosen one is pressed. */
  chosen: boolean | undefined;
  onPick: Pick;
}) {
  const { subgoal, activity } = props;
  const activityText = activity && subgoal.activities.find((candidate) => candidate.id === activity)?.text;
  return (
    <button
      type="button"
      class={`subgoal${props.chosen ? ' chosen' : ''}`}
      data-malkoll="subgoal"
      data-subgoal={subgoal.id}
      aria-pressed={props.chosen}
      onClick={() => props.onPick(subgoal.id, activity)}
    >
      <span class="subgoal-title">
        <b>{subgoal.id}</b> {subgoal.title}
      </span>
      {activityText && <small>{activityText}</small>}
      {subgoal.standing && (
        <small class="standing" data-malkoll="standing">
          {subgoal.id} · {subgoal.standing}
        </small>
      )}
    </button>
  );
}

type ListProps = { view: PopupView; t: Translate; chosen: string | null; onPick: Pick };

const pressed = (chosen: string | null, id: string) => (chosen === null ? undefined : chosen === id);

export function SuggestedSubgoals({ view, t, chosen, onPick }: ListProps) {
  const subgoals = view.areas.flatMap((area) => area.subgoals);
  const shown = view.suggested.flatMap((suggestion) => {
    const subgoal = subgoals.find((candidate) => candidate.id === suggestion.subgoal);
    return subgoal ? [{ subgoal, activity: suggestion.activity }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="suggested">
      <h2 id="suggested">{t('suggested')}</h2>
      {shown.map(({ subgoal, activity }) => (
        <SubgoalButton
          key={`${subgoal.id} ${activity ?? ''}`}
          subgoal={subgoal}
          activity={activity}
          chosen={pressed(chosen, subgoal.id)}
          onPick={onPick}
        />
      ))}
    </section>
  );
}

export function AllSubgoals({ view, t, chosen, onPick }: ListProps) {
  const [filter, setFilter] = useState('');
  const visibleAreas = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    if (!needle) return view.areas;
    return view.areas
      .map((area) => ({
        ...area,
        subgoals: area.subgoals.filter((subgoal) =>
          `${subgoal.id} ${subgoal.title} ${area.title}`.toLocaleLowerCase().includes(needle),
        ),
      }))
      .filter((area) => area.subgoals.length > 0);
  }, [view, filter]);
  if (view.areas.length === 0) return null;
  return (
    <section aria-labelledby="all-subgoals">
      <h2 id="all-subgoals">{t('allSubgoals')}</h2>
      <input
        type="search"
        class="filter"
        placeholder={t('filter')}
        aria-label={t('filter')}
        value={filter}
        onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
      />
      {visibleAreas.length === 0 && <p class="muted">{t('noMatch')}</p>}
      {visibleAreas.map((area) => (
        <div key={area.id} class="area">
          <h3>{area.title}</h3>
          {area.subgoals.map((subgoal) => (
            <SubgoalButton key={subgoal.id} subgoal={subgoal} chosen={pressed(chosen, subgoal.id)} onPick={onPick} />
          ))}
        </div>
      ))}
    </section>
  );
}
