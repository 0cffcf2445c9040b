// A small formula engine: literals, arithmetic, comparison, `&`, cell/range/sheet refs, named ranges and a documented
// set of functions (see FUNCTIONS). Any other function evaluates to #NAME? as Sheets shows for an unknown one.

import { columnToLetters, lettersToColumn, quoteSheetName } from './a1.ts';
import { formatGeneralNumber, type LocaleRules } from './values.ts';

export class FormulaError {
  /** `code` is what the cell shows (`#N/A`); `message` what Sheets shows when the pointer rests on it, where known. */
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type EvalScalar = number | string | boolean | null | FormulaError;
interface RangeValue {
  kind: 'range';
  cells: EvalScalar[][];
}
type EvalValue = EvalScalar | RangeValue;

interface RefPart {
  column?: number;
  row?: number;
  columnAbsolute: boolean;
  rowAbsolute: boolean;
}

export interface RefToken {
  sheet?: string;
  start: RefPart;
  end?: RefPart;
}

type Token =
  | { type: 'space'; text: string }
  | { type: 'number'; text: string; value: number }
  | { type: 'string'; text: string; value: string }
  | { type: 'error'; text: string }
  | { type: 'ref'; text: string; ref: RefToken }
  | { type: 'func'; text: string; name: string }
  | { type: 'ident'; text: string }
  | { type: 'op'; text: string };

const SHEET_PREFIX = "(?:('(?:[^']|'')+'|[\\p{L}_][\\p{L}0-9_.]*)!)?";
const CELL_PART = '\\$?[A-Za-z]{1,3}\\$?\\d+';
const COL_PART = '\\$?[A-Za-z]{1,3}';
const ROW_PART = '\\$?\\d+';
const REF_RE = new RegExp(
  `^${SHEET_PREFIX}(${CELL_PART}(?::(?:${CELL_PART}|${COL_PART}))?|${COL_PART}:(?:${COL_PART}|${CELL_PART})|${ROW_PART}:${ROW_PART})(?![A-Za-z0-9_(])`,
  'u',
);

function parseRefPart(text: string): RefPart {
  const m = /^(\$)?([A-Za-z]{1,3})?(\$)?(\d+)?$/.exec(text);
  const part: RefPart = { columnAbsolute: false, rowAbsolute: false };
  if (!m) return part;
  if (m[2] !== undefined) {
    part.column = lettersToColumn(m[2]);
    part.columnAbsolute = m[1] === '$';
  } else part.rowAbsolute = m[1] === '$';
  if (m[4] !== undefined) {
    part.row = Number(m[4]);
    if (m[2] !== undefined) part.rowAbsolute = m[3] === '$';
  }
  return part;
}

function renderRefPart(part: RefPart): string {
  let out = '';
  if (part.column !== undefined) out += `${part.columnAbsolute ? '$' : ''}${columnToLetters(part.column)}`;
  if (part.row !== undefined) out += `${part.rowAbsolute ? '$' : ''}${part.row}`;
  return out;
}

function renderRef(ref: RefToken): string {
  const sheet = ref.sheet !== undefined ? `${quoteSheetName(ref.sheet)}!` : '';
  return `${sheet}${renderRefPart(ref.start)}${ref.end ? `:${renderRefPart(ref.end)}` : ''}`;
}

const TOKEN_RULES: [RegExp, (m: RegExpExecArray) => Token][] = [
  [/^\s+/, (m) => ({ type: 'space', text: m[0] })],
  [/^"((?:[^"]|"")*)"/, (m) => ({ type: 'string', text: m[0], value: (m[1] ?? '').replace(/""/g, '"') })],
  [/^#(?:REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!|ERROR!)/i, (m) => ({ type: 'error', text: m[0].toUpperCase() })],
  [
    REF_RE,
    (m) => {
      let sheet = m[1];
      if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      const [a = '', b] = (m[2] ?? '').split(':');
      const ref: RefToken = { start: parseRefPart(a) };
      if (sheet !== undefined) ref.sheet = sheet;
      if (b !== undefined) ref.end = parseRefPart(b);
      return { type: 'ref', text: m[0], ref };
    },
  ],
  [/^(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/, (m) => ({ type: 'number', text: m[0], value: Number(m[0]) })],
  [/^[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()/, (m) => ({ type: 'func', text: m[0], name: m[0].toUpperCase() })],
  [/^[A-Za-z_][A-Za-z0-9_.]*/, (m) => ({ type: 'ident', text: m[0] })],
  [/^(<>|<=|>=|[-+*/^&=<>%(),:;{}])/, (m) => ({ type: 'op', text: m[0] })],
];

/** Splits a formula body into tokens; null when it cannot be read (e.g. an unterminated string). */
export function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    let matched: RegExpExecArray | null = null;
    for (const [re, build] of TOKEN_RULES) {
      matched = re.exec(rest);
      if (matched) {
        tokens.push(build(matched));
        break;
      }
    }
    if (!matched) return null;
    i += matched[0].length;
  }
  return tokens;
}

type Node =
  | { type: 'literal'; value: EvalScalar }
  | { type: 'ref'; ref: RefToken }
  | { type: 'name'; name: string }
  | { type: 'unary'; op: string; arg: Node }
  | { type: 'percent'; arg: Node }
  | { type: 'binary'; op: string; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.type === 'op' && t.text === text;
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) throw new FormulaError('#ERROR!');
    this.pos++;
  }

  parseFormula(): Node {
    const node = this.comparison();
    if (this.pos < this.tokens.length) throw new FormulaError('#ERROR!');
    return node;
  }

  private binaryLevel(ops: string[], next: () => Node): Node {
    let left = next();
    for (;;) {
      const t = this.peek();
      if (t?.type !== 'op' || !ops.includes(t.text)) return left;
      this.pos++;
      left = { type: 'binary', op: t.text, left, right: next() };
    }
  }

  private comparison = (): Node => this.binaryLevel(['=', '<>', '<', '>', '<=', '>='], this.concat);
  private concat = (): Node => this.binaryLevel(['&'], this.additive);
  private additive = (): Node => this.binaryLevel(['+', '-'], this.term);
  private term = (): Node => this.binaryLevel(['*', '/'], this.power);
  private power = (): Node => this.binaryLevel(['^'], this.unary);

  private unary = (): Node => {
    if (this.isOp('-') || this.isOp('+')) {
      const op = (this.peek() as Token).text;
      this.pos++;
      return { type: 'unary', op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp('%')) {
      this.pos++;
      node = { type: 'percent', arg: node };
    }
    return node;
  };

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new FormulaError('#ERROR!');
    this.pos++;
    switch (t.type) {
      case 'number':
        return { type: 'literal', value: t.value };
      case 'string':
        return { type: 'literal', value: t.value };
      case 'error':
        return { type: 'literal', value: new FormulaError(t.text) };
      case 'ref':
        return { type: 'ref', ref: t.ref };
      case 'ident': {
        const upper = t.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { type: 'literal', value: upper === 'TRUE' };
        return { type: 'name', name: t.text };
      }
      case 'func': {
        this.expectOp('(');
        const args: Node[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.isOp(',') || this.isOp(')') ? { type: 'literal', value: null } : this.comparison());
            if (this.isOp(',')) {
              this.pos++;
              continue;
            }
            break;
          }
        }
        this.expectOp(')');
        return { type: 'call', name: t.name, args };
      }
      case 'op':
        if (t.text === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        throw new FormulaError('#ERROR!');
      default:
        throw new FormulaError('#ERROR!');
    }
  }
}

function meaningful(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.type !== 'space');
}

/** Where a formula is evaluated and how it reads the workbook. */
export interface EvalHost {
  locale: LocaleRules;
  /** Cells of a rectangle on a sheet (undefined: the formula's own sheet); null if the sheet does not exist. */
  read(
    sheet: string | undefined,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): EvalScalar[][] | null;
  /** The sheet's size, for open-ended references such as `A:A` or `D2:D`. */
  bounds(sheet: string | undefined): { maxRows: number; maxColumns: number } | null;
  namedRange(name: string): { sheet: string; row: number; column: number; numRows: number; numColumns: number } | null;
  /** How far relative references move: a validation formula is written for its range's first cell. */
  rowOffset: number;
  columnOffset: number;
}

function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

function resolveRef(ref: RefToken, host: EvalHost): RangeValue | FormulaError {
  const bounds = host.bounds(ref.sheet);
  if (!bounds) return new FormulaError('#REF!');
  const shift = (part: RefPart) => ({
    row: part.row === undefined ? undefined : part.row + (part.rowAbsolute ? 0 : host.rowOffset),
    column: part.column === undefined ? undefined : part.column + (part.columnAbsolute ? 0 : host.columnOffset),
  });
  const a = shift(ref.start);
  const b = ref.end ? shift(ref.end) : a;
  const r1 = Math.min(a.row ?? 1, b.row ?? 1);
  const r2 = Math.max(a.row ?? bounds.maxRows, b.row ?? bounds.maxRows);
  const c1 = Math.min(a.column ?? 1, b.column ?? 1);
  const c2 = Math.max(a.column ?? bounds.maxColumns, b.column ?? bounds.maxColumns);
  if (r1 < 1 || c1 < 1) return new FormulaError('#REF!');
  const cells = host.read(ref.sheet, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  return cells ? { kind: 'range', cells } : new FormulaError('#REF!');
}

function toScalar(v: EvalValue): EvalScalar {
  if (v !== null && typeof v === 'object' && 'kind' in v) {
    if (v.cells.length === 1 && v.cells[0]?.length === 1) return v.cells[0][0] ?? null;
    return new FormulaError('#VALUE!');
  }
  return v;
}

function toNumber(v: EvalScalar): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const trimmed = v.trim();
  if (trimmed === '') return 0;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toText(v: EvalScalar, host: EvalHost): string | FormulaError {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatGeneralNumber(v, host.locale);
  return v;
}

function toBoolean(v: EvalScalar): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return new FormulaError('#VALUE!');
}

/** Sheets orders numbers < text < booleans; text compares case-insensitively; empty acts as 0 or "". */
function compare(a: EvalScalar, b: EvalScalar): number {
  const rank = (v: EvalScalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function flatten(values: EvalValue[]): { value: EvalScalar; fromRange: boolean }[] {
  const out: { value: EvalScalar; fromRange: boolean }[] = [];
  for (const v of values) {
    if (v !== null && typeof v === 'object' && 'kind' in v) {
      for (const row of v.cells) for (const cell of row) out.push({ value: cell, fromRange: true });
    } else out.push({ value: v, fromRange: false });
  }
  return out;
}

/** Numbers that SUM/MIN/MAX/AVERAGE/COUNT take: all numbers in ranges, and direct arguments coerced. */
function numbersOf(values: EvalValue[]): number[] | FormulaError {
  const nums: number[] = [];
  for (const { value, fromRange } of flatten(values)) {
    if (isError(value)) return value;
    if (fromRange) {
      if (typeof value === 'number') nums.push(value);
    } else {
      const n = toNumber(value);
      if (isError(n)) return n;
      nums.push(n);
    }
  }
  return nums;
}

function criterionMatcher(criterion: EvalScalar, host: EvalHost): (v: EvalScalar) => boolean {
  if (typeof criterion === 'number' || typeof criterion === 'boolean') return (v) => compare(v, criterion) === 0;
  const text = toText(criterion, host);
  const source = isError(text) ? '' : text;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(source);
  const op = m?.[1] ?? '=';
  const operand = m?.[2] ?? '';
  const numeric = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const pattern = new RegExp(
    `^${operand
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'is',
  );
  return (v) => {
    if (op === '=' || op === '<>') {
      const equal =
        numeric !== null
          ? typeof v === 'number' && v === numeric
          : operand === ''
            ? v === null || v === ''
            : typeof v === 'string' && pattern.test(v);
      return op === '=' ? equal : !equal;
    }
    if (v === null || isError(v)) return false;
    const c = numeric !== null ? (typeof v === 'number' ? v - numeric : Number.NaN) : compare(v, operand);
    if (Number.isNaN(c)) return false;
    return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
  };
}

type Fn = (args: Node[], evaluate: (n: Node) => EvalValue, host: EvalHost) => EvalValue;

const FUNCTIONS = {
  SUM: (args, ev) => {
    const nums = numbersOf(args.map(ev));
    return isError(nums) ? nums : nums.reduce((a, b) => a + b, 0);
  },
  COUNT: (args, ev) => flatten(args.map(ev)).filter(({ value }) => typeof value === 'number').length,
  COUNTA: (args, ev) => flatten(args.map(ev)).filter(({ value, fromRange }) => !fromRange || value !== null).length,
  AVERAGE: (args, ev) => {
    const nums = numbersOf(args.map(ev));
    if (isError(nums)) return nums;
    return nums.length === 0 ? new FormulaError('#DIV/0!') : nums.reduce((a, b) => a + b, 0) / nums.length;
  },
  MIN: (args, ev) => {
    const nums = numbersOf(args.map(ev));
    return isError(nums) ? nums : nums.length === 0 ? 0 : Math.min(...nums);
  },
  MAX: (args, ev) => {
    const nums = numbersOf(args.map(ev));
    return isError(nums) ? nums : nums.length === 0 ? 0 : Math.max(...nums);
  },
  IF: (args, ev) => {
    const cond = toBoolean(toScalar(ev(args[0] as Node)));
    if (isError(cond)) return cond;
    if (cond) return ev(args[1] as Node);
    return args[2] ? ev(args[2]) : false;
  },
  IFERROR: (args, ev) => {
    const v = toScalar(ev(args[0] as Node));
    return isError(v) ? (args[1] ? ev(args[1]) : '') : v;
  },
  AND: (args, ev) => {
    let result = true;
    for (const { value } of flatten(args.map(ev))) {
      if (value === null || typeof value === 'string') continue;
      const b = toBoolean(value);
      if (isError(b)) return b;
      result &&= b;
    }
    return result;
  },
  OR: (args, ev) => {
    let result = false;
    for (const { value } of flatten(args.map(ev))) {
      if (value === null || typeof value === 'string') continue;
      const b = toBoolean(value);
      if (isError(b)) return b;
      result ||= b;
    }
    return result;
  },
  NOT: (args, ev) => {
    const b = toBoolean(toScalar(ev(args[0] as Node)));
    return isError(b) ? b : !b;
  },
  ROUND: (args, ev) => {
    const n = toNumber(toScalar(ev(args[0] as Node)));
    const d = args[1] ? toNumber(toScalar(ev(args[1]))) : 0;
    if (isError(n)) return n;
    if (isError(d)) return d;
    const f = 10 ** Math.trunc(d);
    return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
  },
  CONCATENATE: (args, ev, host) => {
    let out = '';
    for (const { value } of flatten(args.map(ev))) {
      const t = toText(value, host);
      if (isError(t)) return t;
      out += t;
    }
    return out;
  },
  LEN: (args, ev, host) => {
    const t = toText(toScalar(ev(args[0] as Node)), host);
    return isError(t) ? t : t.length;
  },
  COUNTIF: (args, ev, host) => {
    const matches = criterionMatcher(toScalar(ev(args[1] as Node)), host);
    return flatten([ev(args[0] as Node)]).filter(({ value }) => matches(value)).length;
  },
  SUMIF: (args, ev, host) => {
    const matches = criterionMatcher(toScalar(ev(args[1] as Node)), host);
    const tested = flatten([ev(args[0] as Node)]);
    const summed = args[2] ? flatten([ev(args[2])]) : tested;
    let sum = 0;
    tested.forEach(({ value }, i) => {
      const s = summed[i]?.value;
      if (matches(value) && typeof s === 'number') sum += s;
    });
    return sum;
  },
} satisfies Record<string, Fn>;

type FunctionName = keyof typeof FUNCTIONS;

/** How many arguments each function takes, [at least, at most], from Google's function list (their syntax lines). */
const ARITY: Record<FunctionName, readonly [number, number]> = {
  SUM: [1, Number.POSITIVE_INFINITY],
  COUNT: [1, Number.POSITIVE_INFINITY],
  COUNTA: [1, Number.POSITIVE_INFINITY],
  AVERAGE: [1, Number.POSITIVE_INFINITY],
  MIN: [1, Number.POSITIVE_INFINITY],
  MAX: [1, Number.POSITIVE_INFINITY],
  IF: [2, 3],
  IFERROR: [1, 2],
  AND: [1, Number.POSITIVE_INFINITY],
  OR: [1, Number.POSITIVE_INFINITY],
  NOT: [1, 1],
  ROUND: [1, 2],
  CONCATENATE: [1, Number.POSITIVE_INFINITY],
  LEN: [1, 1],
  COUNTIF: [2, 2],
  SUMIF: [2, 3],
};

function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

/**
 * A call with too few or too many arguments shows `#N/A` in Sheets, not a parse error (Univer matched Google on this:
 * github.com/dream-num/univer/issues/1403). The message is Sheets' text for LEN() ("Wrong number of arguments to LEN.
 * Expected 1 arguments, but got 0 arguments."); its "at least" and "between" forms are our wording, not verified.
 */
function wrongArgumentCount(name: FunctionName, got: number): FormulaError | null {
  const [least, most] = ARITY[name];
  if (got >= least && got <= most) return null;
  const expected =
    least === most
      ? `${least}`
      : most === Number.POSITIVE_INFINITY
        ? `at least ${least}`
        : `between ${least} and ${most}`;
  return new FormulaError(
    '#N/A',
    `Wrong number of arguments to ${name}. Expected ${expected} arguments, but got ${got} arguments.`,
  );
}

function evaluateNode(node: Node, host: EvalHost): EvalValue {
  const ev = (n: Node) => evaluateNode(n, host);
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'ref':
      return resolveRef(node.ref, host);
    case 'name': {
      const named = host.namedRange(node.name);
      if (!named) return new FormulaError('#NAME?');
      const cells = host.read(named.sheet, named.row, named.column, named.numRows, named.numColumns);
      return cells ? { kind: 'range', cells } : new FormulaError('#REF!');
    }
    case 'unary': {
      const n = toNumber(toScalar(ev(node.arg)));
      return isError(n) ? n : node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = toNumber(toScalar(ev(node.arg)));
      return isError(n) ? n : n / 100;
    }
    case 'binary': {
      const left = toScalar(ev(node.left));
      const right = toScalar(ev(node.right));
      if (isError(left)) return left;
      if (isError(right)) return right;
      if (node.op === '&') {
        const a = toText(left, host);
        const b = toText(right, host);
        return isError(a) ? a : isError(b) ? b : a + b;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const c = compare(left, right);
        switch (node.op) {
          case '=':
            return c === 0;
          case '<>':
            return c !== 0;
          case '<':
            return c < 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      const a = toNumber(left);
      const b = toNumber(right);
      if (isError(a)) return a;
      if (isError(b)) return b;
      switch (node.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? new FormulaError('#DIV/0!') : a / b;
        default: {
          const p = a ** b;
          return Number.isFinite(p) ? p : new FormulaError('#NUM!');
        }
      }
    }
    case 'call': {
      if (!isFunctionName(node.name)) return new FormulaError('#NAME?');
      return wrongArgumentCount(node.name, node.args.length) ?? FUNCTIONS[node.name](node.args, ev, host);
    }
  }
}

/** Evaluates `=…`; a result that is still a multi-cell range (Sheets would spill it) is #VALUE! here. */
export function evaluateFormula(formula: string, host: EvalHost): EvalScalar {
  const tokens = tokenize(formula.slice(1));
  if (!tokens) return new FormulaError('#ERROR!');
  try {
    const node = new Parser(meaningful(tokens)).parseFormula();
    const result = toScalar(evaluateNode(node, host));
    return result === null ? 0 : result;
  } catch (e) {
    if (e instanceof FormulaError) return e;
    throw e;
  }
}

/** Sheets stores `=sum(a1:b2)` as `=SUM(A1:B2)`: function names, booleans and references upper-cased. */
export function normalizeFormula(formula: string): string {
  const tokens = tokenize(formula.slice(1));
  if (!tokens) return formula;
  return `=${tokens
    .map((t) => {
      if (t.type === 'func') return t.name;
      if (t.type === 'ref') return renderRef(t.ref);
      if (t.type === 'ident' && /^(true|false)$/i.test(t.text)) return t.text.toUpperCase();
      return t.text;
    })
    .join('')}`;
}

export interface StructuralChange {
  /** The sheet whose rows or columns change. */
  sheet: string;
  axis: 'row' | 'column';
  /** First index affected (1-based). Insertions go before it; deletions start at it. */
  at: number;
  /** Positive: inserted count; negative: deleted count. */
  delta: number;
}

function shiftPart(part: RefPart, change: StructuralChange, role: 'start' | 'end' | 'single'): RefPart | null {
  const key = change.axis;
  const index = part[key];
  if (index === undefined) return part;
  const moved = { ...part };
  if (change.delta > 0) {
    if (index >= change.at) moved[key] = index + change.delta;
    return moved;
  }
  const last = change.at - change.delta - 1;
  if (index < change.at) return moved;
  if (index > last) {
    moved[key] = index + change.delta;
    return moved;
  }
  if (role === 'single') return null;
  moved[key] = role === 'start' ? change.at : change.at - 1;
  return moved;
}

/**
 * Rewrites references after rows/columns are inserted or deleted, as Sheets does: refs below an insertion move down,
 * refs into deleted cells become #REF!, ranges shrink. `ownSheet` is the sheet the formula lives on.
 */
export function shiftFormula(formula: string, ownSheet: string, change: StructuralChange): string {
  const tokens = tokenize(formula.slice(1));
  if (!tokens) return formula;
  return `=${tokens
    .map((t) => {
      if (t.type !== 'ref' || (t.ref.sheet ?? ownSheet) !== change.sheet) return t.text;
      const start = shiftPart(t.ref.start, change, t.ref.end ? 'start' : 'single');
      const end = t.ref.end ? shiftPart(t.ref.end, change, 'end') : undefined;
      if (!start || end === null) return '#REF!';
      if (end) {
        const key = change.axis;
        const a = start[key];
        const b = end[key];
        if (a !== undefined && b !== undefined && b < a) return '#REF!';
      }
      const ref: RefToken = { ...t.ref, start };
      if (end) ref.end = end;
      return renderRef(ref);
    })
    .join('')}`;
}

/** Rewrites `Old!A1` to `New!A1` when a sheet is renamed. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const tokens = tokenize(formula.slice(1));
  if (!tokens) return formula;
  return `=${tokens.map((t) => (t.type === 'ref' && t.ref.sheet === from ? renderRef({ ...t.ref, sheet: to }) : t.text)).join('')}`;
}
