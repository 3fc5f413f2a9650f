#pragma once

// The thread pool the core fans its computations out on. Not Qt's global pool: a caller may
// itself run on the global pool (the window does), and a global-pool thread that blocks on more
// global-pool work can wait forever when the pool is small.

class QThreadPool;

namespace cs {

QThreadPool *computePool();

} // namespace cs
