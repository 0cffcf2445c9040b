// `malkoll serve` with the server options the CLI does not offer (a small compaction threshold), for the tests that
// kill a server while it compacts. Run as `node --import tsx serve-child.ts <data file> <compact after bytes>`.
import { startServer } from '../../apps-script/server/server.ts';

const [dataFile, compactAfterBytes] = process.argv.slice(2);
if (!dataFile) throw new Error('usage: serve-child.ts <data file> [compact after bytes]');
const server = await startServer({
  port: 0,
  dataFile,
  ...(compactAfterBytes ? { compactAfterBytes: Number(compactAfterBytes) } : {}),
});
const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
