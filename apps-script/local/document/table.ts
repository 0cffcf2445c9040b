// Table, TableRow and TableCell: a table's rows of cells, each cell holding blocks as a body does.
import type { Context } from '../context.ts';
import { countCalls, countInheritedCalls } from '../counters.ts';
import { ScriptException } from '../errors.ts';
import type { Google } from '../google.ts';
import { BlockContainer } from './blocks.ts';
import { DocElement, type ElementTypeName, type OpenDocument } from './element.ts';
import { blocksText, blockText, type TableCellNode, type TableNode, type TableRowNode } from './model.ts';

function at<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) {
    throw new ScriptException(
      `${what} index (${index}) must be less than the number of ${what.toLowerCase()}s (${items.length}).`,
    );
  }
  return item;
}

export class Table extends DocElement implements Google<Table> {
  static override gasName = 'Table';
  declare readonly _google: GoogleAppsScript.Document.Table;

  constructor(
    ctx: Context,
    open: OpenDocument,
    readonly _node: TableNode,
  ) {
    super(ctx, open);
  }

  getType(): ElementTypeName {
    return 'TABLE';
  }

  getNumRows(): number {
    return this._node.rows.length;
  }

  getRow(rowIndex: number): TableRow {
    return new TableRow(this.ctx, this._open, at(this._node.rows, rowIndex, 'Row'), this._node);
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  getNumChildren(): number {
    return this._node.rows.length;
  }

  getChild(childIndex: number): TableRow {
    return this.getRow(childIndex);
  }

  getText(): string {
    return blockText(this._node);
  }

  appendTableRow(): TableRow {
    this._edit();
    const row: TableRowNode = { cells: [] };
    this._node.rows.push(row);
    return new TableRow(this.ctx, this._open, row, this._node);
  }
}

export class TableRow extends DocElement implements Google<TableRow> {
  static override gasName = 'TableRow';
  declare readonly _google: GoogleAppsScript.Document.TableRow;

  constructor(
    ctx: Context,
    open: OpenDocument,
    readonly _node: TableRowNode,
    private readonly table: TableNode,
  ) {
    super(ctx, open);
  }

  getType(): ElementTypeName {
    return 'TABLE_ROW';
  }

  getNumCells(): number {
    return this._node.cells.length;
  }

  getCell(cellIndex: number): TableCell {
    return new TableCell(this.ctx, this._open, at(this._node.cells, cellIndex, 'Cell'), this._node, this.table);
  }

  getNumChildren(): number {
    return this._node.cells.length;
  }

  getChild(childIndex: number): TableCell {
    return this.getCell(childIndex);
  }

  getText(): string {
    return this._node.cells.map((cell) => blocksText(cell.children)).join('\t');
  }

  getParentTable(): Table {
    return new Table(this.ctx, this._open, this.table);
  }

  appendTableCell(textContents?: string): TableCell {
    this._edit();
    const cell: TableCellNode = {
      children: [
        { type: 'PARAGRAPH', text: textContents === undefined ? '' : String(textContents), heading: 'NORMAL' },
      ],
    };
    this._node.cells.push(cell);
    return new TableCell(this.ctx, this._open, cell, this._node, this.table);
  }
}

/** appendParagraph, appendListItem and appendTable take text (cells), not an element to copy. */
export class TableCell
  extends BlockContainer
  implements Google<TableCell, 'appendParagraph' | 'appendListItem' | 'appendTable'>
{
  static override gasName = 'TableCell';
  declare readonly _google: GoogleAppsScript.Document.TableCell;

  constructor(
    ctx: Context,
    open: OpenDocument,
    readonly _node: TableCellNode,
    private readonly row: TableRowNode,
    private readonly table: TableNode,
  ) {
    super(ctx, open);
  }

  _children() {
    return this._node.children;
  }

  getType(): ElementTypeName {
    return 'TABLE_CELL';
  }

  getParentRow(): TableRow {
    return new TableRow(this.ctx, this._open, this.row, this.table);
  }

  getParentTable(): Table {
    return new Table(this.ctx, this._open, this.table);
  }

  /** Merged cells are not modelled: every cell spans one row and one column. */
  getColSpan(): number {
    return 1;
  }

  getRowSpan(): number {
    return 1;
  }

  clear(): TableCell {
    this._clear();
    return this;
  }

  setText(text: string): TableCell {
    this._setText(text);
    return this;
  }
}

for (const cls of [Table, TableRow, TableCell]) countCalls(cls);
countInheritedCalls(TableCell, BlockContainer);
for (const cls of [Table, TableRow, TableCell]) countInheritedCalls(cls, DocElement);
