// Wall-clock time in an IANA time zone via Intl: Sheets stores dates as wall-clock serial numbers in the spreadsheet's zone.

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `GMT+01:00`, `GMT-5`, `UTC` style zones that Java accepts but Intl may not. */
function fixedOffsetMinutes(timeZone: string): number | null {
  if (timeZone === 'UTC' || timeZone === 'GMT' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== null) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const OFFSET_BUCKET_MS = 15 * 60000;
const offsetCache = new Map<string, number>();

/**
 * The zone's offset from UTC, in minutes, at an instant. Offsets change only on 15-minute boundaries (UTC), so one
 * Intl lookup per quarter hour is cached: a column of dates costs no Intl call per cell.
 */
export function offsetMinutes(instant: number, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return fixed;
  const bucket = Math.floor(instant / OFFSET_BUCKET_MS) * OFFSET_BUCKET_MS;
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const parts: Record<string, string> = {};
    for (const p of formatterFor(timeZone).formatToParts(new Date(bucket))) parts[p.type] = p.value;
    const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
    const asUtc = Date.UTC(
      year,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    offset = Math.round((asUtc - bucket) / 60000);
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The fields of a UTC timestamp read as a wall-clock time (wall times are computed as if in UTC). */
export function utcWallTime(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The inverse of `utcWallTime`: the UTC timestamp with these fields. */
export function wallTimeAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

export function wallTimeOf(instant: number, timeZone: string): WallTime {
  return utcWallTime(instant + offsetMinutes(instant, timeZone) * 60000);
}

/**
 * The instant at which the zone's clocks show this wall time: the earlier one in a DST overlap, and in a DST gap
 * the wall time pushed forward by the gap (02:30 on a spring-forward night becomes 03:30), as Java does.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const asUtc = wallTimeAsUtc(wall);
  const day = 86400000;
  const before = asUtc - offsetMinutes(asUtc - day, timeZone) * 60000;
  const after = asUtc - offsetMinutes(asUtc + day, timeZone) * 60000;
  const showsWall = (instant: number) => {
    const w = wallTimeOf(instant, timeZone);
    return (
      w.year === wall.year &&
      w.month === wall.month &&
      w.day === wall.day &&
      w.hour === wall.hour &&
      w.minute === wall.minute
    );
  };
  const valid = [before, after].filter(showsWall);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** A short zone name as Java prints it for `z` (CET, CEST, EST…), falling back to GMT+hh:mm. */
export function zoneAbbreviation(instant: number, timeZone: string): string {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed === 0) return timeZone === 'GMT' || timeZone === 'Etc/GMT' ? 'GMT' : 'UTC';
  if (fixed === null) {
    for (const locale of ['en-US', 'en-GB']) {
      const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(new Date(instant))
        .find((p) => p.type === 'timeZoneName')?.value;
      if (name && !name.startsWith('GMT') && !name.startsWith('UTC')) return name;
    }
  }
  const off = fixed ?? offsetMinutes(instant, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
