import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { digestChannels } from '../../../shared/ipc/channels/digest.ts';
import { exportDigestBriefing } from '../digest/digest-briefing-export.ts';
import { receiveDroppedFile, startDrop } from '../digest/digest-dropped-files.ts';
import { digestChosenFiles, digestChosenFolder, exportDigest, listDigests, openRowAsCase, resumeDigest, rowsOf, type DigestServiceDeps } from '../digest/digest-service.ts';
import type { DigestStep } from '../digest/run-digest.ts';
import { indexFor } from '../index-db/index-registry.ts';
import type { Task } from '../tasks.ts';
import type { ServiceContext } from '../service-context.ts';

/** Session digests over the index database; long runs are tasks the renderer can stop. */
export function digestHandlers(ctx: ServiceContext): HandlersFor<keyof typeof digestChannels> {
  let rebuiltTold = false;
  const deps = (): DigestServiceDeps => ({ index: indexFor(ctx.paths.dataDir), dataDir: ctx.paths.dataDir, dialogs: ctx.dialogs, now: ctx.now, language: ctx.language });
  const report = (task: Task) => (s: DigestStep) => task.report(s.done, s.total, s.file);
  return {
    'digest:list': async () => {
      const d = deps();
      const rebuilt = rebuiltTold ? null : d.index.rebuilt;
      rebuiltTold = true;
      return { digests: await listDigests(d), rebuilt };
    },
    'digest:run-folder': ({ taskId }) => ctx.tasks.run('digest', taskId, (task) => digestChosenFolder(deps(), task.signal, report(task))),
    'digest:run-files': ({ taskId }) => ctx.tasks.run('digest', taskId, (task) => digestChosenFiles(deps(), task.signal, report(task))),
    'digest:drop-start': async ({ names }) => startDrop(deps(), names),
    'digest:drop-file': async ({ digestId, fileName, base64 }) => receiveDroppedFile(deps(), digestId, fileName, base64),
    'digest:resume': ({ digestId, taskId }) => ctx.tasks.run('digest', taskId, (task) => resumeDigest(deps(), digestId, task.signal, report(task))),
    'digest:rows': async ({ digestId }) => ({ entries: rowsOf(deps(), digestId) }),
    'digest:open-case': async ({ digestId, file }) => openRowAsCase(deps(), await ctx.caseStore(), digestId, file),
    'digest:briefing': async (req) => exportDigestBriefing(deps(), req),
    'digest:export': async ({ digestId, format }) => exportDigest(deps(), digestId, format),
  };
}
