/** Pure building blocks for work that finishes later: a bounded task queue. */
export {createTaskQueue, type TaskQueue} from './task-queue.js';
