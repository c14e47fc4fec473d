/** Pure building blocks for work that finishes later: a bounded task queue, and listeners told of changes. */
export {createListeners} from './listeners.js';
export {createTaskQueue} from './task-queue.js';
