/** Pure building blocks for work that finishes later: a bounded task queue, and listeners told of changes. */
export {createListeners, type Listeners} from './listeners.js';
export {createTaskQueue, type TaskQueue} from './task-queue.js';
