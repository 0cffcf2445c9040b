// The first heading block: which line is the title, where the organisation and the year come from, and the year given
// when the plan has none.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/parse/index.ts';
import { parseValid } from './helpers.ts';

const body = ['', 'Organisation', 'Vi ska vara minst 300 medlemmar vid årets slut.'];
const plan = (...head: string[]) => [...head, ...body].join('\n');

describe('title block', () => {
  it('takes the line naming the plan as the title and a name beside it as the organisation', () => {
    expect(parseValid(plan('Vänsterpartiet Gävleborg', 'Verksamhetsplan 2025'))).toMatchObject({
      title: 'Verksamhetsplan 2025',
      organisation: 'Vänsterpartiet Gävleborg',
      year: 2025,
    });
    expect(
      parseValid(plan('Verksamhetsplan 2025', 'Hyresgästföreningen region Mitt', 'Förslag till stämman')),
    ).toMatchObject({ organisation: 'Hyresgästföreningen region Mitt', intro: 'Förslag till stämman' });
    expect(parseValid(plan('SPF SENIORERNA DISTRIKT BLEKINGE', 'VERKSAMHETSPLAN 2025')).organisation).toBe(
      'SPF Seniorerna distrikt Blekinge',
    );
    expect(parseValid(plan('PRO DISTRIKT DALARNA', 'VERKSAMHETSPLAN 2025')).organisation).toBe('PRO distrikt Dalarna');
    expect(parseValid(plan('UNG VÄNSTER SKÅNE', 'VERKSAMHETSPLAN 2025')).organisation).toBe('Ung Vänster Skåne');
  });

  it('ends the title block at a heading that looks like a second name under the title and the organisation', () => {
    const text = [
      'VERKSAMHETSPLAN 2025',
      'Socialdemokraterna i Ale',
      '',
      'VÅRA PRIORITERINGAR',
      'Vi ska vara det parti som syns mest i Ale. Därför ska vi:',
      '- hålla 10 öppna möten',
    ].join('\n');
    const read = parseValid(text);
    expect(read.organisation).toBe('Socialdemokraterna i Ale');
    expect(read.areas.map((area) => area.title)).toEqual(['VÅRA PRIORITERINGAR']);
    expect(read.intro).toBe('');
  });

  it('takes a name below the title as the organisation even when a lead-in follows it', () => {
    const text = ['Förslag till verksamhetsplan, årsmötet 2022', 'Vänsterpartiet Norrtälje', '', 'Inriktning:'];
    expect(parseValid(plan(...text))).toMatchObject({ organisation: 'Vänsterpartiet Norrtälje', year: 2022 });
    // A heading below the title is no name: it has no party word or acronym to open it.
    expect(parseValid(plan('Verksamhetsplan 2025', 'Det politiska arbetet', 'Vi ska synas.')).organisation).toBe('');
  });

  it('finds the year on a line of its own, in a span, and in a decision date', () => {
    expect(parseValid(plan('Seko klubb Spårtrafik', 'VERKSAMHETSPLAN', '2025')).year).toBe(2025);
    expect(parseValid(plan('Verksamhetsplan för Ung Vänster Skåne', 'Verksamhetsåret 2025')).year).toBe(2025);
    expect(parseValid(plan('Verksamhetsplan 2025–2027'))).toMatchObject({
      year: 2027,
      years: { from: 2025, to: 2027 },
    });
    expect(parseValid(plan('Verksamhetsplan 2016-20'))).toMatchObject({ year: 2020, years: { from: 2016, to: 2020 } });
    // Adopted in the autumn: the plan is for the next year; in the spring, for the same year.
    expect(parseValid(plan('VERKSAMHETSPLAN', 'Beslutad 2023-11-06')).year).toBe(2024);
    expect(parseValid(plan('Verksamhetsplan', 'Antagen den 12 mars 2024')).year).toBe(2024);
    expect(parseValid(plan('Förslag till verksamhetsplan, årsmötet 2021'))).toMatchObject({
      year: 2021,
      organisation: '',
    });
  });

  it('takes the organisation from the first sentence when no line names it', () => {
    const text = [
      'Verksamhetsplan 2025',
      '',
      'Miljöpartiet de gröna i Lund är en lokalförening i hela kommunen.',
      ...body,
    ];
    expect(parseValid(text.join('\n')).organisation).toBe('Miljöpartiet de gröna i Lund');
  });

  it('refuses a plan with no year with the advice to give it, and reads it when the year is given', () => {
    const text = plan('Verksamhetsplan för Byggnads Mälardalen');
    expect(parsePlan(text)).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message:
            'Rubriken saknar årtal. Skriv planens år i rubriken, t.ex. ”Verksamhetsplan 2025”, eller ange året när planen läses in (malkoll parse --year 2025).',
        },
      ],
    });
    expect(parsePlan(text, { year: 2025 })).toMatchObject({ ok: true, plan: { year: 2025 } });
  });

  it('lets a given year override the text, keeping a span only when it ends in that year', () => {
    expect(parsePlan(plan('Verksamhetsplan 2024'), { year: 2025 })).toMatchObject({ ok: true, plan: { year: 2025 } });
    const span = parsePlan(plan('Verksamhetsplan 2025–2027'), { year: 2027 });
    expect(span).toMatchObject({ ok: true, plan: { year: 2027, years: { from: 2025, to: 2027 } } });
    const other = parsePlan(plan('Verksamhetsplan 2025–2027'), { year: 2026 });
    expect(other.ok && other.plan.years).toBeUndefined();
  });

  it('keeps a heading right under the title out of the title block', () => {
    const text = [
      'SENIORERNA I HALLAND',
      'VERKSAMHETSPLAN 2026',
      '',
      'VERKSAMHET',
      'Ordförandekonferens',
      'Två gånger under året ska vi samla ordförandena.',
    ];
    const read = parseValid(text.join('\n'));
    expect(read.areas.map((area) => [area.title, area.subgoals.map((subgoal) => subgoal.title)])).toEqual([
      ['VERKSAMHET', ['Ordförandekonferens']],
    ]);
  });
});
