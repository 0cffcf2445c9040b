// `malkoll serve [--port 8787] [--data .malkoll/workbook.json] [--plan <file>] [--today 2024-06-15]`: the local web app
// and preview until Ctrl-C, on today's date or the one given.
import { parseArgs } from 'node:util';
import { isUserError } from '../../host/addon.ts';
import { EXIT_OK, UsageError } from '../../host/usage-error.ts';
import { WorkbookFileError } from '../../local/index.ts';
import { startServer } from '../../server/server.ts';
import type { Verb } from '../verb.ts';

const DEFAULT_PORT = 8787;
const DEFAULT_DATA_FILE = '.malkoll/workbook.json';

export const serveVerb: Verb = {
  name: 'serve',
  summary: 'Kör tillägget och dess webbapp lokalt, med en förhandsvisning av kalkylarket',
  usage: 'malkoll serve [--port 8787] [--data .malkoll/workbook.json] [--plan <planfil>] [--today ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        plan: { type: 'string' },
        today: { type: 'string' },
      },
      allowPositionals: true,
    });
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (positionals.length > 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError([`Användning: ${this.usage}`]);
    }
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        port,
        dataFile: values.data ?? DEFAULT_DATA_FILE,
        ...(values.plan ? { planFile: values.plan } : {}),
        ...(values.today ? { today: values.today } : {}),
        log: (line) => io.stdout(`${line}\n`),
      });
    } catch (error) {
      if (error instanceof WorkbookFileError || isUserError(error)) throw new UsageError([error.message]);
      if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
        throw new UsageError([`Porten ${port} är upptagen. Välj en annan med --port.`]);
      }
      throw error;
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.stdout('Målkoll stängs …\n');
        server.close().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return EXIT_OK;
  },
};
