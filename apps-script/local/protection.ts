// Protected ranges and sheets: who may edit, warning-only mode, and unprotected holes in a sheet protection.

import { actingUser, type Context, ServiceObject, type Users } from './context.ts';
import { countCalls } from './counters.ts';
import { ScriptException } from './errors.ts';
import type { Google } from './google.ts';
import type { GridRef, ProtectionSpec } from './model.ts';
import type { Range } from './spreadsheet/range.ts';
import { User } from './user.ts';
import type { SheetData } from './workbook.ts';

function overlaps(a: GridRef, b: GridRef): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

function contains(outer: GridRef, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

/** Editors of a protection: a fresh one mirrors the spreadsheet's editors; the owner can always edit. */
export function protectionEditors(p: ProtectionSpec, users: Users): string[] {
  return [...new Set([users.owner, ...(p.editors ?? users.editors)])];
}

/** Whether the protection covers any cell of `target` outside its unprotected ranges. */
export function protectionCovers(p: ProtectionSpec, target: GridRef): boolean {
  if (!overlaps(p.range, target)) return false;
  if (p.unprotected.length === 0) return true;
  for (let r = target.row; r < target.row + target.numRows; r++) {
    for (let c = target.column; c < target.column + target.numColumns; c++) {
      if (contains(p.range, r, c) && !p.unprotected.some((u) => contains(u, r, c))) return true;
    }
  }
  return false;
}

/** True when `user` may not write to `target` because of `p` (warning-only protections never block). */
export function protectionBlocks(p: ProtectionSpec, target: GridRef, user: string, users: Users): boolean {
  if (p.warningOnly || !protectionCovers(p, target)) return false;
  return !protectionEditors(p, users).includes(user);
}

function emailOf(emailOrUser: unknown): string {
  return emailOrUser instanceof User ? emailOrUser.getEmail() : String(emailOrUser);
}

export class Protection extends ServiceObject implements Google<Protection> {
  static gasName = 'Protection';
  declare readonly _google: GoogleAppsScript.Spreadsheet.Protection;

  constructor(
    ctx: Context,
    private readonly sheet: SheetData,
    private readonly id: number,
  ) {
    super(ctx);
  }

  private spec(): ProtectionSpec {
    const spec = this.sheet.protections.find((p) => p.id === this.id);
    if (!spec) throw new ScriptException('The protection has been removed.');
    return spec;
  }

  getProtectionType(): ProtectionSpec['type'] {
    return this.spec().type;
  }

  getRange(): Range {
    const { range } = this.spec();
    return new this.ctx.classes.Range(this.ctx, this.sheet, range.row, range.column, range.numRows, range.numColumns);
  }

  setRange(range: Range): Protection {
    this.spec().range = range._ref();
    return this;
  }

  getDescription(): string {
    return this.spec().description;
  }

  setDescription(description: string): Protection {
    this.spec().description = description;
    return this;
  }

  isWarningOnly(): boolean {
    return this.spec().warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.spec().warningOnly = warningOnly;
    return this;
  }

  getEditors(): User[] {
    return protectionEditors(this.spec(), this.ctx.users).map((email) => new User(this.ctx, email));
  }

  addEditor(emailAddress: string | User): Protection {
    return this.addEditors([emailOf(emailAddress)]);
  }

  addEditors(emailAddresses: string[]): Protection {
    const spec = this.spec();
    spec.editors = [...new Set([...(spec.editors ?? this.ctx.users.editors), ...emailAddresses.map(emailOf)])];
    return this;
  }

  /** Removing the owner has no effect: the owner can always edit. */
  removeEditor(emailAddress: string | User): Protection {
    return this.removeEditors([emailOf(emailAddress)]);
  }

  removeEditors(emailAddresses: (string | User)[]): Protection {
    const spec = this.spec();
    const gone = new Set(emailAddresses.map(emailOf));
    spec.editors = (spec.editors ?? this.ctx.users.editors).filter((e) => !gone.has(e) || e === this.ctx.users.owner);
    return this;
  }

  canEdit(): boolean {
    const spec = this.spec();
    return spec.warningOnly || protectionEditors(spec, this.ctx.users).includes(actingUser(this.ctx));
  }

  canDomainEdit(): boolean {
    return this.spec().domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.spec().domainEdit = editable;
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return this.spec().unprotected.map(
      (u) => new this.ctx.classes.Range(this.ctx, this.sheet, u.row, u.column, u.numRows, u.numColumns),
    );
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    const spec = this.spec();
    if (spec.type !== 'SHEET') throw new ScriptException('Unprotected ranges can only be set on a sheet protection.');
    spec.unprotected = ranges.map((r) => r._ref());
    return this;
  }

  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p.id !== this.id);
  }
}

countCalls(Protection);
