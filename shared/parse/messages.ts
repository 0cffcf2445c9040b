// The Swedish error messages the parser shows, in one place so their wording stays consistent.

export const MESSAGES = {
  empty: 'Filen är tom.',
  tooLarge: (megabytes: number) => `Filen är för stor: högst ${megabytes} MB går att läsa in.`,
  binary: (codePoint: string) =>
    `Tecknet ${codePoint} hör inte hemma i en textfil – är det verkligen verksamhetsplanen som text (.txt)?`,
  lineTooLong: (limit: number) =>
    `Raden är längre än ${String(limit).replace(/\B(?=(\d{3})+$)/g, ' ')} tecken – är det verkligen verksamhetsplanen som text?`,
  noYear:
    'Rubriken saknar årtal. Skriv planens år i rubriken, t.ex. ”Verksamhetsplan 2025”, eller ange året när planen läses in (malkoll parse --year 2025).',
  noSubgoals:
    'Hittade inga delmål. Skriv målen under en rubrik, som en lista efter en rad ”Mål:” eller som ”Delmål 1: …”, ”Delmål 2: …” på egna rader.',
  subgoalBeforeArea: (number: number) =>
    `”Delmål ${number}” står före områdets ”Övergripande mål:”. Skriv områdets rubrik på en egen rad ovanför delmålen, och ”Övergripande mål: …” direkt under rubriken om området har ett.`,
  goalBeforeArea: (goal: string) =>
    `”${goal.length > 40 ? `${goal.slice(0, 40)}…` : goal}” står före områdets ”Övergripande mål:”. Skriv ”Övergripande mål: …” direkt under områdets rubrik, före målen.`,
  activitiesWithoutSubgoal:
    '”Aktiviteter” står utan något delmål före. Skriv ”Delmål 1: …” (eller målen under ”Mål:”) före aktiviteterna.',
  noHeading:
    'Hittade ingen rubrik för området före ”Övergripande mål”. Skriv områdets rubrik på en egen rad ovanför, med en tom rad före.',
  areaWithoutSubgoals: (title: string) => `Området ”${title}” har inga delmål.`,
  goalWithoutText: '”Övergripande mål” saknar text.',
  duplicateSubgoal: (number: number, title: string, line: number) =>
    `Delmål ${number} finns redan i området ”${title}” (rad ${line}).`,
  badSubgoalNumber: (number: number) => `Delmål ${number}: delmål numreras från 1 och uppåt.`,
  unnumberedSubgoal: 'Delmålet saknar nummer. Skriv t.ex. ”Delmål 1: …”.',
  subgoalWithoutTitle: (number: number) => `Delmål ${number} saknar text.`,
} as const;
