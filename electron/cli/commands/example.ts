import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exampleDocuments } from '../../services/example-documents.ts';
import { writeFileAtomic } from '../../services/atomic-write.ts';
import { EXIT, type CliIo } from '../io.ts';

/**
 * `unanswered example --out DIR`: the headless main job. Builds the CoWIN example case the app
 * opens on, drafts its follow-ups, and writes each as a .docx file into DIR.
 */
export async function runExample(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let out: string | undefined;
  try {
    ({ values: { out } } = parseArgs({ args: [...args], options: { out: { type: 'string' } }, strict: true }));
  } catch (e) {
    io.stderr(`unanswered example: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.badInput;
  }
  if (!out) {
    io.stderr('unanswered example: say where to write the documents: --out DIR\n');
    return EXIT.badInput;
  }
  try {
    await mkdir(out, { recursive: true });
  } catch (e) {
    io.stderr(`unanswered example: cannot use ${out} (${e instanceof Error ? e.message : String(e)})\n`);
    return EXIT.failure;
  }
  const documents = await exampleDocuments(io.now());
  for (const doc of documents) {
    const path = join(out, doc.fileName);
    await writeFileAtomic(path, doc.bytes);
    io.stdout(`${path}\n`);
  }
  io.stderr(`Wrote ${documents.length} documents for the CoWIN example.\n`);
  // The Hindi papers repeat English ones (a reviewer took 04 for a fifth application): say which.
  const pairs = documents.flatMap((d) => (d.translates === null ? [] : [`${d.fileName.slice(0, 2)} is ${d.translates.slice(0, 2)} in Hindi`]));
  if (pairs.length > 0) io.stderr(`${pairs.join('; ')}: file one language or the other.\n`);
  return EXIT.ok;
}
