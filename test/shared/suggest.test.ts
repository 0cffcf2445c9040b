// Suggested delmål and activity per page type and action kind, read from the plan's words.
import { describe, expect, it } from 'vitest';
import { Plan } from '../../shared/model/plan.ts';
import { deriveSuggestions } from '../../shared/suggest.ts';
import { Suggestions } from '../../shared/wire.ts';
import { seedPlan } from '../support/report-fixtures.ts';

/** A one-area plan whose delmål have the given titles and activity texts. */
function planWith(subgoals: { title: string; activities: string[] }[]): Plan {
  return Plan.parse({
    title: 'Testplan',
    organisation: '',
    year: 2024,
    intro: '',
    areas: [
      {
        id: 'U',
        title: 'Arbetet',
        intro: '',
        overallGoal: { text: 'Vinna valet', targets: [] },
        subgoals: subgoals.map((subgoal, index) => ({
          id: `U${index + 1}`,
          number: index + 1,
          title: subgoal.title,
          description: '',
          owner: '',
          activities: subgoal.activities.map((text, activity) => ({
            id: `U${index + 1}.${activity + 1}`,
            text,
            owner: '',
          })),
          targets: [],
        })),
      },
    ],
  });
}

describe('suggestions for the 2024 plan', () => {
  const suggestions = deriveSuggestions(seedPlan);

  it('is valid wire data', () => {
    expect(Suggestions.parse(suggestions)).toEqual(suggestions);
  });

  it('sends calls, Facebook posts, articles, sub-organisations and meetings where the plan speaks of them', () => {
    expect(suggestions.byKind['zetkin.call']).toEqual({ subgoal: 'U1', activity: 'U1.4' });
    expect(suggestions.byKind['zetkin.survey']).toEqual({ subgoal: 'U1', activity: 'U1.4' });
    expect(suggestions.byKind['facebook.post']).toEqual({ subgoal: 'P1', activity: 'P1.4' });
    expect(suggestions.byKind['article.published']).toEqual({ subgoal: 'U3', activity: 'U3.1' });
    expect(suggestions.byKind['zetkin.suborg']).toEqual({ subgoal: 'U1', activity: 'U1.3' });
    expect(suggestions.byKind['meeting.held']).toEqual({ subgoal: 'U2', activity: 'U2.1' });
  });

  it('picks the activity naming a training, a lecture and a webinar for trainings, and a valledare for roles', () => {
    expect(suggestions.byKind['education.held']).toEqual({ subgoal: 'U5', activity: 'U5.2' });
    expect(suggestions.byKind['role.appointed']).toEqual({ subgoal: 'P3', activity: 'P3.2' });
  });

  it('falls back for events to the conference and for canvassing to the election campaign', () => {
    expect(suggestions.byKind['zetkin.event']).toEqual({ subgoal: 'U2', activity: 'U2.3' });
    expect(suggestions.byKind['facebook.event']).toEqual({ subgoal: 'U2', activity: 'U2.3' });
    expect(suggestions.byKind['zetkin.canvass']).toEqual({ subgoal: 'P3', activity: 'P3.1' });
  });

  it('gives each page type its kind and that kind’s suggestion, and nothing for other pages', () => {
    expect(suggestions.byPage['zetkin.callassignment']).toEqual({
      kind: 'zetkin.call',
      subgoal: 'U1',
      activity: 'U1.4',
    });
    expect(suggestions.byPage['zetkin.call']).toEqual({ kind: 'zetkin.call', subgoal: 'U1', activity: 'U1.4' });
    expect(suggestions.byPage.article).toEqual({ kind: 'article.published', subgoal: 'U3', activity: 'U3.1' });
    expect(suggestions.byPage['facebook.post']).toEqual({ kind: 'facebook.post', subgoal: 'P1', activity: 'P1.4' });
    expect(suggestions.byPage.other).toBeUndefined();
    expect(suggestions.byKind.other).toBeUndefined();
  });
});

describe('how the words are read', () => {
  it('leaves out kinds the plan never mentions', () => {
    const suggestions = deriveSuggestions(planWith([{ title: 'Bli fler', activities: ['värva medlemmar'] }]));
    expect(suggestions).toEqual({ byPage: {}, byKind: {} });
  });

  it('suggests the delmål alone when only its title matches', () => {
    const plan = planWith([
      { title: 'Bli fler', activities: ['värva medlemmar'] },
      { title: 'Få 10 debattartiklar publicerade', activities: ['skriva om vården'] },
    ]);
    expect(deriveSuggestions(plan).byKind['article.published']).toEqual({ subgoal: 'U2' });
  });

  it('prefers the calling activity over one that merely names Zetkin, and reads "ringa" only as a word', () => {
    const plan = planWith([
      { title: 'Organisera', activities: ['Uppmuntra ordföringar att delta', 'Lära sig Zetkin'] },
      { title: 'Kontakta alla', activities: ['ringa alla medlemmar'] },
    ]);
    expect(deriveSuggestions(plan).byKind['zetkin.call']).toEqual({ subgoal: 'U2', activity: 'U2.1' });
    const zetkinOnly = planWith([
      { title: 'Organisera', activities: ['Uppmuntra ordföringar att delta', 'Lära sig Zetkin'] },
    ]);
    expect(deriveSuggestions(zetkinOnly).byKind['zetkin.call']).toEqual({ subgoal: 'U1', activity: 'U1.2' });
  });

  it('breaks ties by plan order, so the same plan always gives the same suggestions', () => {
    const plan = planWith([
      { title: 'Synas', activities: ['hålla möte med pressen'] },
      { title: 'Samla', activities: ['hålla möte med föreningarna'] },
    ]);
    expect(deriveSuggestions(plan).byKind['meeting.held']).toEqual({ subgoal: 'U1', activity: 'U1.1' });
    expect(deriveSuggestions(plan)).toEqual(deriveSuggestions(plan));
  });
});
