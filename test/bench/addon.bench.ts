// Add-on figures: Apps Script service calls, and the cells they read and write, per command at 10 and 10,000 Logg rows
// (the calls must not grow with rows; a review with nothing to flag writes no cell however long Logg is).
import { type AddOn, callsOf, logActions, openAddOn, SEED_TEXT, seedActions, withSeed } from '../support/add-on.ts';
import { buildPlanDoc, docAddress } from '../support/plan-doc.ts';
import type { Figure } from './measure.ts';

const AS_OF = '2024-09-30';
/** In order: Arkivera år… moves the whole (generated) year out of Logg, so it comes last. */
const COMMANDS: [label: string, entryPoint: string, argument?: unknown][] = [
  ['re-import plan', 'importPlan', { text: SEED_TEXT }],
  ['Uppdatera utfall', 'updateResults', { asOf: AS_OF }],
  ['Rapport för året', 'yearReport', { asOf: AS_OF }],
  ['Kvartalsrapport', 'quarterReport', { quarter: '2024Q3', asOf: AS_OF }],
  ['Rapport per partiförening', 'branchReport', { asOf: AS_OF }],
  ['Granska registret (nothing to flag)', 'reviewRegister'],
  ['Kontrollera installationen', 'checkInstallation'],
  ['Visa översikt (one refresh of the sidebar)', 'overview', { asOf: AS_OF }],
  ['malkoll narrative (composeNarrative)', 'composeNarrative', { asOf: AS_OF }],
  ['Skriv verksamhetsberättelse', 'writeNarrative', { asOf: AS_OF }],
  // Last: it moves the year's rows out of Logg (to a new sheet, which grows past its 1,000 rows only at the larger size).
  ['Arkivera år (every row moves)', 'archiveYear', { year: 2024 }],
];

/** Chart and validation builders only assemble a spec in the script; the spreadsheet is reached by insertChart etc. */
const isBuilderCall = (method: string) => method.includes('Builder.');
/**
 * The Doc a verksamhetsberättelse is written to: a call per heading, paragraph and list item, as the plan has them; the
 * Doc a plan is imported from: a few reads per element.
 */
const isDocumentCall = (method: string) =>
  /^(DocumentApp|Document|Body|Paragraph|ListItem|Text|Table|TableRow|TableCell)\./.test(method);

function measure(addOn: AddOn, entryPoint: string, argument: unknown) {
  const { total, byMethod, cells } = callsOf(addOn, () => addOn.bundle.call(entryPoint, argument));
  const count = (test: (method: string) => boolean) =>
    Object.entries(byMethod)
      .filter(([method]) => test(method))
      .reduce((sum, [, calls]) => sum + calls, 0);
  const builder = count(isBuilderCall);
  const document = count(isDocumentCall);
  return { total, document, spreadsheet: total - builder - document, cells };
}

function unit(calls: ReturnType<typeof measure>): string {
  if (calls.document > 0) return `Spreadsheet calls (+ ${calls.document} Document calls: a write per block of the Doc)`;
  return `calls (${calls.total} with builders)`;
}

export async function bench(): Promise<Figure[]> {
  const first = measure(openAddOn(), 'importPlan', { text: SEED_TEXT });
  const figures: Figure[] = [
    {
      name: 'first import into a new spreadsheet (creates every sheet, validation and protection once)',
      value: first.spreadsheet,
      unit: `calls (${first.total} with builders)`,
      budget: 'one-time set-up',
    },
  ];
  figures.push(...documentImports());
  const results = new Map<number, Map<string, ReturnType<typeof measure>>>();
  for (const rows of [10, 10_000]) {
    const addOn = await withSeed();
    logActions(addOn, seedActions(rows));
    results.set(
      rows,
      new Map(COMMANDS.map(([label, entryPoint, argument]) => [label, measure(addOn, entryPoint, argument)])),
    );
  }
  for (const [label] of COMMANDS) {
    for (const rows of [10, 10_000]) {
      const calls = results.get(rows)?.get(label);
      if (!calls) continue;
      const at = `at ${rows.toLocaleString('en')} Logg rows`;
      figures.push(
        {
          name: `${label}: service calls ${at}`,
          value: calls.spreadsheet,
          unit: unit(calls),
          budget: label.startsWith('Arkivera år') ? '≤ 25 (+4 to grow the archive sheet)' : '≤ 25, same at both sizes',
        },
        {
          name: `${label}: cells read / written ${at}`,
          value: calls.cells.written,
          unit: `cells written (${calls.cells.read.toLocaleString('en')} read)`,
          ...(label.startsWith('Granska') ? { budget: '0 written at both sizes' } : {}),
        },
      );
    }
  }
  return figures;
}

/** Reading a plan from a Google Doc: Docs calls per element of its body, never one per character or line of text. */
function documentImports(): Figure[] {
  const structured = openAddOn();
  const plan = buildPlanDoc(structured.runtime);
  const seedUrl = docAddress('1SeedAsParagraphs');
  const pasted = openAddOn({ documents: { [seedUrl]: SEED_TEXT } });
  const elements = SEED_TEXT.split('\n').length;
  return [
    {
      name: 'Importera from a Doc with headings, lists and a table (20 body elements, a table of 3 × 4 cells)',
      value: measure(structured, 'previewPlanImport', { docUrl: plan }).document,
      unit: 'Document calls',
      budget: '3 + 5 per paragraph, 8 per list item, 4 per table + 2 per row and 2 per cell',
    },
    {
      name: `Importera from a Doc of plain paragraphs (the seed pasted into a Doc: ${elements} paragraphs)`,
      value: measure(pasted, 'previewPlanImport', { docUrl: seedUrl }).document,
      unit: 'Document calls',
      budget: '3 + 5 per paragraph',
    },
  ];
}
