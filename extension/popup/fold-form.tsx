// The "mer…" form: delmål, activity, antal, datum (within the plan's years), typ, role for Ansvarig utsedd, område
// and a note. Its own Swedish (or English) messages say what is wrong, and focus goes to the first field to fix.
import { useEffect, useRef } from 'preact/hooks';
import type { ActionKindId } from '../../shared/model/action.ts';
import type { Translate } from '../i18n.ts';
import type { PopupView } from '../messages.ts';
import type { Fold, FoldField, FoldProblem } from './fold.ts';

export function FoldForm(props: {
  fold: Fold;
  view: PopupView;
  t: Translate;
  editing: boolean;
  problems: FoldProblem[];
  onChange: (fold: Fold) => void;
  onSubmit: () => void;
}) {
  const { fold, view, t, onChange, problems } = props;
  const subgoal = view.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === fold.subgoal);
  const set = (patch: Partial<Fold>) => onChange({ ...fold, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const form = useRef<HTMLFormElement>(null);
  const problemOf = (field: FoldField) => problems.find((problem) => problem.field === field);
  const message = (field: FoldField) => {
    const problem = problemOf(field);
    return problem ? t(problem.message, view.planYears ?? '') : undefined;
  };
  // Each check moves focus to the first field to fix.
  useEffect(() => {
    const [first] = problems;
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first.field}"]`)?.focus();
  }, [problems]);
  const invalid = (field: FoldField) =>
    problemOf(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-problem` } : {};
  const problemText = (field: FoldField) =>
    problemOf(field) && (
      <span class="problem" id={`${field}-problem`} data-malkoll="problem">
        {message(field)}
      </span>
    );
  return (
    <form
      ref={form}
      class="fold"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <div class="field">
        <label>
          {t('subgoal')}
          <select
            name="subgoal"
            value={fold.subgoal}
            onChange={(event) => set({ subgoal: value(event), activity: '' })}
            {...invalid('subgoal')}
          >
            <option value="">–</option>
            {view.areas.map((area) => (
              <optgroup key={area.id} label={area.title}>
                {area.subgoals.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.id} {candidate.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {problemText('subgoal')}
      </div>
      <label>
        {t('activity')}
        <select value={fold.activity} onChange={(event) => set({ activity: value(event) })}>
          <option value="">{t('activityNone')}</option>
          {subgoal?.activities.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {activity.text}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <div class="field">
          <label>
            {t('quantity')}
            <input
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              data-malkoll="quantity"
              value={fold.quantity}
              onInput={(event) => set({ quantity: value(event) })}
              {...invalid('quantity')}
            />
          </label>
          {problemText('quantity')}
        </div>
        <div class="field">
          <label>
            {t('date')}
            <input
              name="date"
              type="date"
              data-malkoll="date"
              value={fold.date}
              min={view.dates?.min}
              max={view.dates?.max}
              onInput={(event) => set({ date: value(event) })}
              {...invalid('date')}
            />
          </label>
          {problemText('date')}
        </div>
      </div>
      <label>
        {t('kind')}
        <select name="kind" value={fold.kind} onChange={(event) => set({ kind: value(event) as ActionKindId })}>
          {view.kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </select>
      </label>
      {fold.kind === 'role.appointed' && view.roles.length > 0 && (
        <label>
          {t('role')}
          <select name="role" value={fold.role} onChange={(event) => set({ role: value(event) })}>
            <option value="">{t('roleNone')}</option>
            {view.roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
      )}
      {view.categories.length > 0 && (
        <label>
          {t('category')}
          <select value={fold.category} onChange={(event) => set({ category: value(event) })}>
            <option value="">{t('categoryNone')}</option>
            {view.categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('note')}
        <textarea maxLength={1000} rows={2} value={fold.note} onInput={(event) => set({ note: value(event) })} />
      </label>
      <button type="submit" class="primary" data-malkoll="fold-submit">
        {props.editing ? t('saveChange') : t('logAction')}
      </button>
    </form>
  );
}
