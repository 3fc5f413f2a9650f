#pragma once

// The thread pool the workbench runs its jobs on (reviews, store reads and writes, unlocking).
// Not the global pool: the core fans out onto the global pool and blocks waiting for it, and
// Qt's raster painter uses it too, so filling the global pool with jobs that wait on it would
// deadlock the review and freeze the window.

class QThreadPool;

namespace cs::ui {

QThreadPool *workerPool();

} // namespace cs::ui
