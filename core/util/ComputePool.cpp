#include "ComputePool.h"

#include <QThread>
#include <QThreadPool>

namespace cs {

QThreadPool *computePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process; threads expire when idle
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace cs
