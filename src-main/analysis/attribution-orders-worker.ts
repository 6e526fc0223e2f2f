/** Entry of the thread that reads a project's orders while attribution reads its touches (attribution-inputs.ts). */
import { openProject } from '../store/project.js';
import { movableOrderConversions, ordersBuffers, readKeyedOrderConversions } from './attribution-inputs.js';
import { answerOnSecondThread } from './second-thread.js';

answerOnSecondThread(
  (project: string) => {
    const db = openProject(project, { readonly: true });
    try {
      return movableOrderConversions(readKeyedOrderConversions(db));
    } finally {
      db.close();
    }
  },
  ordersBuffers,
);
