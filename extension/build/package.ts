// `npm run package`: zips the built extension (dist/extension) into dist/malkoll-extension.zip for the Chrome Web Store.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

const BUILT = resolve(import.meta.dirname, '../../dist/extension');
const ZIP = resolve(import.meta.dirname, '../../dist/malkoll-extension.zip');

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

if (!existsSync(join(BUILT, 'manifest.json'))) {
  console.error(`Ingen byggd extension i ${BUILT}: kör \`npm run build\` först.`);
  process.exit(2);
}
const entries: Zippable = {};
for (const path of filesUnder(BUILT).sort()) {
  // A fixed date keeps the archive identical for identical builds.
  entries[relative(BUILT, path).split('\\').join('/')] = [
    readFileSync(path),
    { mtime: new Date('2024-01-01T00:00:00Z') },
  ];
}
writeFileSync(ZIP, zipSync(entries, { level: 9 }));
console.log(`${relative(process.cwd(), ZIP)}: ${Object.keys(entries).length} filer, ${statSync(ZIP).size} byte`);
