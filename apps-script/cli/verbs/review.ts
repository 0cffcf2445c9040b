// `malkoll review --data <workbook.json> [--as-of 2024-06-30]`: Granska registret on a local workbook: bad Logg cells get
// a note and a colour, and the summary and each problem are printed.
import { parseArgs } from 'node:util';
import { cellA1 } from '../../../shared/sheets/a1.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { FLAG_MARK } from '../../../shared/sheets/labels.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { openWorkbook, runEntryPoint } from '../open-workbook.ts';
import type { Verb } from '../verb.ts';

export const reviewVerb: Verb = {
  name: 'review',
  summary: 'Granskar raderna i Logg och markerar fel med en anteckning (Granska registret)',
  usage: 'malkoll review --data <arbetsbok.json> [--as-of ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' }, 'as-of': { type: 'string' } },
      allowPositionals: true,
    });
    if (!values.data || positionals.length > 0) throw new UsageError([`Användning: ${this.usage}`]);
    // Rows dated in the future are wrong only as of a day: --as-of runs the review on that day.
    const addon = openWorkbook(values.data, {
      ifMissing: 'error',
      writes: true,
      ...(values['as-of'] ? { today: values['as-of'] } : {}),
    });
    const { message } = runEntryPoint(addon, 'reviewRegister');
    addon.runtime.save();
    const notes = addon.runtime.formulaBars(LOG.name).flatMap((cells, row) =>
      cells.flatMap((_, column) => {
        const cell = addon.runtime.cell(cellA1(LOG.name, row + 1, column + 1));
        // Målkoll's own lines are the problems; the board's notes on the same cell are not.
        const problems = cell.note
          .split('\n')
          .flatMap((line) => (line.startsWith(FLAG_MARK) ? [line.slice(FLAG_MARK.length)] : []));
        return problems.length > 0 ? [`rad ${row + 1}: ${problems.join('; ')}`] : [];
      }),
    );
    io.stdout([message, ...notes].join('\n').concat('\n'));
    return EXIT_OK;
  },
};
