// countersign-bench-review: times a full review of the large benchmark package, phase by
// phase (wall time, CPU time, peak memory). Prints figures; asserts nothing.
#include "review/Review.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(path).entryInfoList(QDir::Files))
        total += info.size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString package = QDir::tempPath() + QStringLiteral("/countersign-bench/large");
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--package")));
    if (at > 0 && at + 1 < args.size())
        package = args.at(at + 1);

    if (!QFileInfo::exists(package + QStringLiteral("/manifest.json"))) {
        std::printf("generating the benchmark package into %s ...\n", qPrintable(package));
        QDir().mkpath(QFileInfo(package).absolutePath());
        const int rc = QProcess::execute(QStringLiteral(COUNTERSIGN_SAMPLEGEN),
                                         {QStringLiteral("--out"), QFileInfo(package).absolutePath(), QStringLiteral("--large")});
        if (rc != 0) {
            std::fprintf(stderr, "countersign-samplegen failed (%d)\n", rc);
            return 2;
        }
    }

    auto policy = cs::policy::defaultPolicy();
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(policy.errorMessage()));
        return 2;
    }

    std::printf("package: %s (%.1f MB of files)\n", qPrintable(package), static_cast<double>(folderBytes(package)) / 1e6);
    std::printf("cores:   %d\n", QThread::idealThreadCount());
    const double cpu0 = processCpuSeconds();
    const double rss0 = peakMegabytes();
    QElapsedTimer total;
    total.start();
    cs::review::ReviewTimings t;
    auto review = cs::review::reviewPackage(package, *policy, {}, &t);
    const double wall = static_cast<double>(total.nsecsElapsed()) * 1e-9;
    const double cpu = processCpuSeconds() - cpu0;
    if (!review) {
        std::fprintf(stderr, "%s\n", qPrintable(review.errorMessage()));
        return 2;
    }
    std::printf("\n%-28s %10s %10s\n", "phase", "wall s", "cpu s");
    std::printf("%-28s %10.3f %10s\n", "open (unpack) + manifest", t.load.openWallSeconds + t.load.manifestWallSeconds, "-");
    std::printf("%-28s %10.3f %10s\n", "hash + parse (overlapped)", t.load.dataWallSeconds, "-");
    std::printf("%-28s %10s %10.3f\n", "  of which hashing", "-", t.load.hashCpuSeconds);
    std::printf("%-28s %10s %10.3f\n", "  of which parsing", "-", t.load.parseCpuSeconds);
    std::printf("%-28s %10.3f %10s\n", "metrics", t.metricsWallSeconds, "-");
    std::printf("%-28s %10.3f %10s\n", "policy (rules + checks)", t.policyWallSeconds, "-");
    std::printf("%-28s %10.3f %10.3f\n", "total", wall, cpu);
    std::printf("\npeak memory: %.0f MB (process before the review: %.0f MB)\n", peakMegabytes(), rss0);
    std::printf("cores used on average: %.2f\n", cpu / wall);
    std::printf("track: %s, findings: %zu\n", cs::policy::toString(review->track).c_str(), review->findings.size());
    return 0;
}
