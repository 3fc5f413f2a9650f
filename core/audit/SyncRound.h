#pragma once

// One sync round's outcome, and the importer both sync targets share: every incoming entry is
// decoded, its id recomputed and its signature checked before it is stored; bad entries are
// refused with their reason and logged, good ones are kept whatever else arrives with them.

#include "audit/AuditStore.h"

#include <functional>
#include <set>

namespace cs::audit {

struct SyncReport
{
    std::string target;
    std::size_t arrived = 0;     // entries new to this store
    std::size_t alreadyHeld = 0; // entries it had (replays change nothing)
    std::size_t waiting = 0;     // entries whose feed predecessor has not arrived yet
    std::size_t sent = 0;        // entries written to the target
    std::size_t bundlesWritten = 0;
    std::vector<SyncRefusal> refused;
    double transferSeconds = 0;
    double verifySeconds = 0;
    double insertSeconds = 0;
};

// What sync remembers about one target between rounds, over the store's sync tables; the first
// store error is kept so the round can fail with it instead of going on silently.
class SyncMemory
{
public:
    SyncMemory(AuditStore &store, SyncReport &report, std::int64_t nowMs)
        : m_store(store), m_report(report), m_nowMs(nowMs)
    {
    }

    std::string get(const std::string &key, const std::string &fallback = {});
    std::int64_t getNumber(const std::string &key);
    void set(const std::string &key, const std::string &value);
    // Records a refusal in the round's report and in the store's sync log.
    void refuse(const std::string &source, const std::string &entryId, const std::string &reason);
    const std::optional<Error> &firstError() const { return m_error; }

private:
    void keep(const Error &e)
    {
        if (!m_error)
            m_error = e;
    }
    AuditStore &m_store;
    SyncReport &m_report;
    std::int64_t m_nowMs;
    std::optional<Error> m_error;
};

struct IncomingEntry
{
    std::string signedBytes;
    std::string signature;
    std::string source;    // the bundle file or server row it came from
    std::string claimedId; // what the source says the id is (server rows), if anything
};

// Returns the sources all of whose entries are now settled (stored, held or refused); a source
// with waiting entries should be read again next round.
std::set<std::string> importEntries(AuditStore &store, std::vector<IncomingEntry> incoming, SyncReport &report,
                                    SyncMemory &memory);

// The same over entries that arrive while earlier ones are checked: `next(max)` hands out up to
// `max` more (runs on the calling thread; empty when there are no more).
using IncomingSource = std::function<std::vector<IncomingEntry>(std::size_t max)>;
std::set<std::string> importEntries(AuditStore &store, const IncomingSource &next, SyncReport &report,
                                    SyncMemory &memory);

} // namespace cs::audit
