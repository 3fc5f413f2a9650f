#include "Package.h"

#include "util/Sha256.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <ctime>
#include <mutex>
#include <set>

namespace cs::package {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Which columns of each data file the review needs, and how to read them.
CsvSchema evaluationSchema(const Manifest &m, bool needsRowId)
{
    CsvSchema schema;
    const std::set<std::string> protectedSet(m.protectedAttributes.begin(), m.protectedAttributes.end());
    schema.columnSpec = [protectedSet](std::string_view name) -> ColumnSpec {
        if (name == "label")
            return {ColumnRule::Numeric, false, ValueRange::Label01};
        if (name == "score" || name == "baseline_score")
            return {ColumnRule::Numeric, false, ValueRange::Probability};
        if (name == "row_id")
            return {ColumnRule::RowId, false, ValueRange::Any};
        if (protectedSet.count(std::string(name)))
            return {ColumnRule::Categorical, true, ValueRange::Any};
        return {};
    };
    schema.requiredColumns = {"label", "score"};
    if (needsRowId)
        schema.requiredColumns.push_back("row_id");
    for (const auto &attribute : m.protectedAttributes)
        schema.requiredColumns.push_back(attribute);
    return schema;
}

CsvSchema attributionSchema()
{
    CsvSchema schema;
    schema.columnSpec = [](std::string_view name) -> ColumnSpec {
        if (name == "row_id")
            return {ColumnRule::RowId, false, ValueRange::Any};
        return {ColumnRule::Numeric, false, ValueRange::Any};
    };
    schema.requiredColumns = {"row_id"};
    return schema;
}

CsvSchema driftSchema(const Manifest &m)
{
    CsvSchema schema;
    std::map<std::string, FeatureType> types;
    for (const auto &f : m.features)
        types.emplace(f.name, f.type);
    schema.columnSpec = [types](std::string_view name) -> ColumnSpec {
        const auto it = types.find(std::string(name));
        if (it == types.end())
            return {ColumnRule::Inferred, true, ValueRange::Any};
        if (it->second == FeatureType::Numeric)
            return {ColumnRule::Numeric, true, ValueRange::Any};
        return {ColumnRule::Categorical, true, ValueRange::Any};
    };
    return schema;
}

struct FileWork
{
    const Artifact *artifact = nullptr;
    QString shownName;
    std::shared_ptr<FileBytes> bytes;
    std::optional<CsvSchema> schema;
    std::optional<CsvParse> parse;
    std::optional<Error> headerError;
    std::optional<Result<CsvTable>> table;
    std::string actualSha;
    std::atomic<int> remaining{0};
};

struct WorkItem
{
    FileWork *file = nullptr;
    bool hash = false;
    std::size_t chunk = 0;
};

} // namespace

Result<LoadedPackage> loadPackage(const QString &path, const LoadOptions &options, LoadStats *stats)
{
    LoadStats localStats;
    LoadStats &st = stats ? *stats : localStats;
    QElapsedTimer timer;
    timer.start();

    auto source = openPackageSource(path, options.limits);
    if (!source)
        return source.error();
    const PackageSource &src = **source;
    const QString where = src.displayName();
    st.openWallSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    timer.restart();

    if (!src.exists("manifest.json"))
        return makeError(where + QStringLiteral(": no manifest.json at the package's root"));
    auto manifestBytes = src.open("manifest.json");
    if (!manifestBytes)
        return makeError(where + QStringLiteral(": ") + manifestBytes.errorMessage());
    const std::string_view manifestView = (*manifestBytes)->view();
    auto manifest = parseManifest(manifestView);
    if (!manifest)
        return makeError(where + QStringLiteral(": ") + manifest.errorMessage());

    LoadedPackage package;
    package.location = where;
    package.digest = Sha256::hex(manifestView);
    package.manifest = std::move(manifest).value();
    const Manifest &m = package.manifest;
    st.manifestWallSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    timer.restart();

    // Open every listed artifact: a missing one refuses the package before any work is done.
    std::vector<std::unique_ptr<FileWork>> files;
    const bool hasAttributions = m.artifactWithRole("attributions") != nullptr;
    for (const auto &artifact : m.artifacts) {
        auto work = std::make_unique<FileWork>();
        work->artifact = &artifact;
        work->shownName = QString::fromStdString(artifact.path);
        auto bytes = src.open(artifact.path);
        if (!bytes)
            return makeError(where + QStringLiteral(": ") + bytes.errorMessage());
        work->bytes = std::move(bytes).value();
        if (m.kind == PackageKind::MlModel) {
            if (artifact.role == "evaluation")
                work->schema = evaluationSchema(m, hasAttributions);
            else if (artifact.role == "attributions" || artifact.role == "baseline_attributions")
                work->schema = attributionSchema();
            else if (artifact.role == "drift_reference" || artifact.role == "drift_current")
                work->schema = driftSchema(m);
        }
        files.push_back(std::move(work));
    }

    std::vector<WorkItem> items;
    for (auto &file : files) {
        items.push_back({file.get(), true, 0});
        int jobs = 1;
        if (file->schema) {
            auto parse = CsvParse::begin(file->bytes->view(), file->shownName, *file->schema);
            if (parse) {
                for (std::size_t c = 0; c < parse->chunkCount(); ++c)
                    items.push_back({file.get(), false, c});
                jobs += static_cast<int>(parse->chunkCount());
                file->parse.emplace(std::move(parse).value());
            } else {
                file->headerError = parse.error();
            }
        }
        file->remaining = jobs;
    }

    std::mutex statsMutex;
    std::atomic<bool> stopped{false};
    std::atomic<int> done{0};
    const int total = static_cast<int>(items.size());
    auto run = [&](const WorkItem &item) {
        if (stopped.load(std::memory_order_relaxed))
            return;
        if (options.cancelled && options.cancelled()) {
            stopped = true;
            return;
        }
        FileWork &file = *item.file;
        const double start = threadCpuSeconds();
        if (item.hash)
            file.actualSha = Sha256::hex(file.bytes->view());
        else
            file.parse->parseChunk(item.chunk);
        double finishCpu = 0;
        if (--file.remaining == 0) {
            // The last work item of a file merges its chunks and lets its bytes go.
            const double finishStart = threadCpuSeconds();
            if (file.parse) {
                file.table.emplace(file.parse->finish());
                file.parse.reset();
            }
            file.bytes.reset();
            finishCpu = threadCpuSeconds() - finishStart;
        }
        const double spent = threadCpuSeconds() - start;
        if (options.progress)
            options.progress(++done, total);
        std::lock_guard lock(statsMutex);
        if (item.hash) {
            st.hashCpuSeconds += spent - finishCpu;
            st.parseCpuSeconds += finishCpu;
        } else {
            st.parseCpuSeconds += spent;
        }
    };

    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, items, run);
    st.dataWallSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;

    if (stopped)
        return makeError(where + QStringLiteral(": loading was cancelled"));

    // Integrity first: no review is computed on data that is not what was submitted.
    for (const auto &file : files) {
        if (file->actualSha != file->artifact->sha256)
            return makeError(where + QStringLiteral(": %1: SHA-256 is %2, the manifest says %3; the package is refused")
                                         .arg(file->shownName, QString::fromStdString(file->actualSha),
                                              QString::fromStdString(file->artifact->sha256)));
    }
    for (auto &file : files) {
        if (file->headerError)
            return makeError(where + QStringLiteral(": ") + file->headerError->message);
        if (!file->table)
            continue;
        if (!file->table->ok())
            return makeError(where + QStringLiteral(": ") + file->table->errorMessage());
        CsvTable table = std::move(*file->table).value();
        const std::string &role = file->artifact->role;
        if (role == "evaluation")
            package.evaluation = std::move(table);
        else if (role == "attributions")
            package.attributions = std::move(table);
        else if (role == "baseline_attributions")
            package.baselineAttributions = std::move(table);
        else if (role == "drift_reference")
            package.driftReference = std::move(table);
        else if (role == "drift_current")
            package.driftCurrent = std::move(table);
    }
    if (package.attributions && !package.evaluation)
        return makeError(where + QStringLiteral(": attributions are present but no evaluation data (role \"evaluation\") to join them with"));
    return package;
}

} // namespace cs::package
