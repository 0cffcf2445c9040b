// Local calendar days as the member's browser sees them (YYYY-MM-DD), for date fields and "today".

export function localDay(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
