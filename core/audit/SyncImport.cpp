#include "SyncRound.h"
#include "util/ComputePool.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <charconv>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <unordered_set>

namespace cs::audit {

std::string SyncMemory::get(const std::string &key, const std::string &fallback)
{
    auto value = m_store.syncValue(m_report.target, key);
    if (!value) {
        keep(value.error());
        return fallback;
    }
    return value->value_or(fallback);
}

std::int64_t SyncMemory::getNumber(const std::string &key)
{
    const std::string text = get(key, "0");
    std::int64_t n = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), n);
    return r.ec == std::errc() ? n : 0;
}

void SyncMemory::set(const std::string &key, const std::string &value)
{
    auto ok = m_store.setSyncValue(m_report.target, key, value);
    if (!ok)
        keep(ok.error());
}

void SyncMemory::refuse(const std::string &source, const std::string &entryId, const std::string &reason)
{
    m_report.refused.push_back({m_nowMs, m_report.target, source, entryId, reason});
    auto ok = m_store.logSyncRefusal(m_report.target, source, entryId, reason, m_nowMs);
    if (!ok)
        keep(ok.error());
}

namespace {

struct Checked
{
    std::optional<SignedEntry> entry;
    std::string id; // known once the bytes decode
    std::string problem;
};

// Decodes one incoming entry, recomputes its id and checks its signature. The bytes move into
// the decoded entry (they stay in `in` when they do not decode).
void checkOne(IncomingEntry &in, Checked &c, const std::string &storeId, const SignatureChecker &signatures)
{
    auto decoded = decodeEntry(std::move(in.signedBytes), std::move(in.signature));
    if (!decoded) {
        c.problem = decoded.errorMessage().toStdString();
        return;
    }
    c.id = decoded->id;
    if (!in.claimedId.empty() && in.claimedId != decoded->id) {
        c.problem = "the id it arrived under is not the SHA-256 of its signed bytes";
        return;
    }
    if (decoded->body.store != storeId) {
        c.problem = "it belongs to another store (" + decoded->body.store + ")";
        return;
    }
    if (!signatures.verify(*decoded)) {
        c.problem = "its signature does not verify with its author's key";
        return;
    }
    // Storing needs the bytes and the feed's columns, not the content or the `seen` list: they
    // are freed here, on a worker and while in the cache, not by the storing thread long after.
    decoded->body.content = nlohmann::json();
    std::vector<SeenRef>().swap(decoded->body.seen);
    c.entry = std::move(decoded).value();
}

// A chunk of incoming entries being checked on every core while the caller does something
// else. A non-blocking map straight from the caller's thread: a blocking map nested in a pool
// task got only that task's thread.
struct ChunkCheck
{
    std::vector<IncomingEntry> incoming;
    std::vector<std::size_t> indexes; // where each run of entries starts
    std::vector<Checked> checked;
    QElapsedTimer started;
    // When the chunk's first check began and its last ended: chunks wait in the pool's queue.
    std::atomic<qint64> firstBeganNs = std::numeric_limits<qint64>::max();
    std::atomic<qint64> lastDoneNs = 0;
    QFuture<void> future;

    double seconds() const
    {
        return static_cast<double>(std::max<qint64>(lastDoneNs.load() - firstBeganNs.load(), 0)) * 1e-9;
    }
};

std::unique_ptr<ChunkCheck> startChecking(std::vector<IncomingEntry> incoming, const std::string &storeId,
                                          const SignatureChecker &signatures)
{
    auto chunk = std::make_unique<ChunkCheck>();
    chunk->incoming = std::move(incoming);
    chunk->checked.resize(chunk->incoming.size());
    // The cores take the entries in runs: a task per entry costs more than the bookkeeping of a run.
    constexpr std::size_t kRun = 16;
    for (std::size_t k = 0; k < chunk->incoming.size(); k += kRun)
        chunk->indexes.push_back(k);
    chunk->started.start();
    ChunkCheck *c = chunk.get();
    chunk->future = QtConcurrent::map(computePool(), chunk->indexes, [c, &storeId, &signatures](std::size_t start) {
        const qint64 began = c->started.nsecsElapsed();
        qint64 first = c->firstBeganNs.load();
        while (began < first && !c->firstBeganNs.compare_exchange_weak(first, began)) {
        }
        for (std::size_t k = start; k < std::min(start + kRun, c->incoming.size()); ++k)
            checkOne(c->incoming[k], c->checked[k], storeId, signatures);
        const qint64 now = c->started.nsecsElapsed();
        qint64 last = c->lastDoneNs.load();
        while (now > last && !c->lastDoneNs.compare_exchange_weak(last, now)) {
        }
    });
    return chunk;
}

double secondsOf(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) * 1e-9;
}

} // namespace

std::set<std::string> importEntries(AuditStore &store, const IncomingSource &next, SyncReport &report,
                                    SyncMemory &memory)
{
    std::set<std::string> sources;
    const std::string storeId = store.storeId();
    const SignatureChecker signatures;

    // A pipeline over chunks: the cores check the next chunks while this thread stores checked
    // ones and fetches more, so a round costs about its verification, not verification plus the
    // transfer plus the disk's writes. Chunks keep the arrival order, which is feed order within
    // each source; an entry whose predecessor is in a later chunk is stored in the last pass.
    // Checked entries are stored kBatch at a time: each transaction rewrites the index pages it
    // touches (ids are random, so nearly all of them), and fewer, larger ones write less.
    constexpr std::size_t kChunk = 4096;
    constexpr std::size_t kBatch = 4 * kChunk;
    auto fetch = [&] {
        std::vector<IncomingEntry> chunk = next(kChunk);
        for (const auto &in : chunk)
            sources.insert(in.source);
        return chunk;
    };

    // The store's log is copied into its file on another core while this thread stores more.
    const std::unique_ptr<BackgroundCheckpoint> checkpoint = store.checkpointInBackground();
    std::unordered_set<std::string> seenIds;
    std::vector<std::pair<std::string, SignedEntry>> waiting; // source, entry
    // Stores `good` (source, entry) sorted by feed and seq; returns those whose predecessor is
    // not stored yet.
    auto store_ = [&](std::vector<std::pair<std::string, SignedEntry>> good) {
        std::vector<std::pair<std::string, SignedEntry>> missing;
        // Sorted by reference: the entries themselves are large to move.
        std::vector<std::size_t> order(good.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&good](std::size_t a, std::size_t b) {
            return std::tie(good[a].second.body.author, good[a].second.body.seq) <
                   std::tie(good[b].second.body.author, good[b].second.body.seq);
        });
        std::vector<const SignedEntry *> batch;
        batch.reserve(order.size());
        for (const std::size_t k : order)
            batch.push_back(&good[k].second);
        auto outcomes = store.insertMany(batch);
        if (outcomes && checkpoint)
            checkpoint->committed();
        if (!outcomes) {
            for (const auto &g : good)
                memory.refuse(g.first, g.second.id, "could not be stored: " + outcomes.errorMessage().toStdString());
            return missing;
        }
        for (std::size_t n = 0; n < order.size(); ++n) {
            auto &[source, entry] = good[order[n]];
            const InsertOutcome &o = (*outcomes)[n];
            switch (o.kind) {
            case InsertOutcome::Stored: ++report.arrived; break;
            case InsertOutcome::AlreadyHeld: ++report.alreadyHeld; break;
            case InsertOutcome::MissingPredecessor: missing.emplace_back(std::move(source), std::move(entry)); break;
            case InsertOutcome::Refused: memory.refuse(source, entry.id, o.reason); break;
            }
        }
        return missing;
    };

    // Up to kAhead chunks are being checked while this thread stores a batch: the cores do not
    // wait for the disk's flush, nor the disk for the cores.
    constexpr std::size_t kAhead = 6;
    std::deque<std::unique_ptr<ChunkCheck>> checking;
    bool exhausted = false;
    auto fill = [&] {
        while (!exhausted && checking.size() < kAhead) {
            std::vector<IncomingEntry> more = fetch();
            if (more.empty())
                exhausted = true;
            else
                checking.push_back(startChecking(std::move(more), storeId, signatures));
        }
    };
    fill();
    std::vector<std::pair<std::string, SignedEntry>> good;
    while (!checking.empty()) {
        std::unique_ptr<ChunkCheck> current = std::move(checking.front());
        checking.pop_front();
        current->future.waitForFinished();
        report.verifySeconds += current->seconds();
        fill();
        QElapsedTimer t;
        t.start();
        for (std::size_t k = 0; k < current->checked.size(); ++k) {
            Checked &c = current->checked[k];
            const IncomingEntry &in = current->incoming[k];
            if (!c.entry) {
                memory.refuse(in.source, c.id.empty() ? in.claimedId : c.id, c.problem);
                continue;
            }
            if (seenIds.insert(c.entry->id).second)
                good.emplace_back(in.source, std::move(*c.entry));
        }
        // Once the source is drained, each chunk is stored as soon as it is checked: what is
        // left to store when the last check ends is then one chunk, not a whole batch.
        if (good.size() >= kBatch || exhausted) {
            for (auto &w : store_(std::move(good)))
                waiting.push_back(std::move(w));
            good.clear();
        }
        report.insertSeconds += secondsOf(t);
    }

    // Entries that came before their predecessor: again, until a pass stores nothing more.
    QElapsedTimer t;
    t.start();
    while (!waiting.empty()) {
        const std::size_t before = waiting.size();
        waiting = store_(std::move(waiting));
        if (waiting.size() == before)
            break;
    }
    for (const auto &w : waiting) {
        ++report.waiting;
        sources.erase(w.first);
    }
    report.insertSeconds += secondsOf(t);
    return sources;
}

std::set<std::string> importEntries(AuditStore &store, std::vector<IncomingEntry> incoming, SyncReport &report,
                                    SyncMemory &memory)
{
    std::size_t handedOut = 0;
    return importEntries(
        store,
        [&](std::size_t max) {
            const std::size_t n = std::min(max, incoming.size() - handedOut);
            std::vector<IncomingEntry> chunk(
                std::make_move_iterator(incoming.begin() + static_cast<std::ptrdiff_t>(handedOut)),
                std::make_move_iterator(incoming.begin() + static_cast<std::ptrdiff_t>(handedOut + n)));
            handedOut += n;
            return chunk;
        },
        report, memory);
}

} // namespace cs::audit
