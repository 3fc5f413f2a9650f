#include "SyncRound.h"

#include "util/ComputePool.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <charconv>
#include <map>

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

std::set<std::string> importEntries(AuditStore &store, std::vector<IncomingEntry> incoming, SyncReport &report,
                                    SyncMemory &memory)
{
    QElapsedTimer timer;
    timer.start();
    std::set<std::string> sources;
    for (const auto &in : incoming)
        sources.insert(in.source);

    struct Checked
    {
        std::optional<SignedEntry> entry;
        std::string id; // known once the bytes decode
        std::string problem;
    };
    std::vector<Checked> checked(incoming.size());
    std::vector<std::size_t> indexes(incoming.size());
    for (std::size_t i = 0; i < indexes.size(); ++i)
        indexes[i] = i;
    const std::string storeId = store.storeId();
    const SignatureChecker signatures;
    QtConcurrent::blockingMap(computePool(), indexes, [&](std::size_t i) {
        auto decoded = decodeEntry(incoming[i].signedBytes, incoming[i].signature);
        if (!decoded) {
            checked[i].problem = decoded.errorMessage().toStdString();
            return;
        }
        checked[i].id = decoded->id;
        if (!incoming[i].claimedId.empty() && incoming[i].claimedId != decoded->id) {
            checked[i].problem = "the id it arrived under is not the SHA-256 of its signed bytes";
            return;
        }
        if (decoded->body.store != storeId) {
            checked[i].problem = "it belongs to another store (" + decoded->body.store + ")";
            return;
        }
        if (!signatures.verify(*decoded)) {
            checked[i].problem = "its signature does not verify with its author's key";
            return;
        }
        checked[i].entry = std::move(decoded).value();
    });
    report.verifySeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    timer.restart();

    auto refuse = [&](std::size_t i, const std::string &id, const std::string &reason) {
        memory.refuse(incoming[i].source, id, reason);
    };

    // Predecessors first: sort the good entries by feed and seq, dropping duplicates by id.
    std::vector<std::size_t> good;
    std::set<std::string> seenIds;
    for (std::size_t i = 0; i < checked.size(); ++i) {
        if (!checked[i].entry) {
            refuse(i, checked[i].id.empty() ? incoming[i].claimedId : checked[i].id, checked[i].problem);
            continue;
        }
        if (seenIds.insert(checked[i].entry->id).second)
            good.push_back(i);
    }
    std::sort(good.begin(), good.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = checked[a].entry->body;
        const auto &y = checked[b].entry->body;
        return std::tie(x.author, x.seq) < std::tie(y.author, y.seq);
    });
    std::vector<const SignedEntry *> batch;
    for (std::size_t i : good)
        batch.push_back(&*checked[i].entry);
    auto outcomes = store.insertMany(batch);
    if (!outcomes) {
        for (std::size_t i : good)
            refuse(i, checked[i].entry->id, "could not be stored: " + outcomes.errorMessage().toStdString());
        report.insertSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        return {};
    }
    for (std::size_t k = 0; k < good.size(); ++k) {
        const std::size_t i = good[k];
        const InsertOutcome &o = (*outcomes)[k];
        switch (o.kind) {
        case InsertOutcome::Stored: ++report.arrived; break;
        case InsertOutcome::AlreadyHeld: ++report.alreadyHeld; break;
        case InsertOutcome::MissingPredecessor:
            ++report.waiting;
            sources.erase(incoming[i].source);
            break;
        case InsertOutcome::Refused: refuse(i, checked[i].entry->id, o.reason); break;
        }
    }
    report.insertSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    return sources;
}

} // namespace cs::audit
