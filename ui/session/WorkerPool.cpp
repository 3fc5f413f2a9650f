#include "session/WorkerPool.h"

#include <QThreadPool>

namespace cs::ui {

QThreadPool *workerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives until exit, like the global pool
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace cs::ui
