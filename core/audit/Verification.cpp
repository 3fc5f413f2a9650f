#include "Verification.h"

#include "audit/EntryContent.h"
#include "util/ComputePool.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <numeric>
#include <set>
#include <span>

namespace cs::audit {

namespace {

constexpr std::int64_t kFutureToleranceMs = 5 * 60 * 1000;

// The role an entry type needs from the roster; null when any roster member may write it (or
// a decision names no role, which its content check reports).
const std::string *requiredRole(const SignedEntry &e)
{
    static const std::string kRiskOfficer = "risk_officer";
    if (e.body.type == entry_type::Decision) {
        const auto role = e.body.content.find("role");
        return role != e.body.content.end() && role->is_string() && !role->get_ref<const std::string &>().empty()
                   ? &role->get_ref<const std::string &>()
                   : nullptr;
    }
    if (e.body.type == entry_type::Exception)
        return &kRiskOfficer;
    return nullptr;
}

std::string shortId(std::string_view id)
{
    return std::string(id.substr(0, 12));
}

} // namespace

bool VerificationReport::fatal() const
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.fatal; });
}

std::vector<const SignedEntry *> VerificationReport::validEntries() const
{
    std::vector<const SignedEntry *> out;
    for (const auto &c : entries) {
        if (c.valid)
            out.push_back(&*c.entry);
    }
    return out;
}

const CheckedEntry *VerificationReport::find(const std::string &id) const
{
    for (const auto &c : entries) {
        if (c.row.id == id)
            return &c;
    }
    return nullptr;
}

void checkExpectedAnchor(VerificationReport &report, const PublicKey &expected)
{
    const std::string expectedHex = expected.hex().toStdString();
    if (report.anchor == expectedHex)
        return;
    const auto pinned = PublicKey::fromHex(std::string_view(report.anchor));
    const QString pinnedText = pinned ? fingerprint(*pinned) : QString::fromStdString(report.anchor);
    report.problems.push_back({problem::AnchorMismatch,
                               {},
                               report.anchor,
                               0,
                               "the store's trust anchor is " + pinnedText.toStdString() +
                                   ", not the key you were given (" + fingerprint(expected).toStdString() +
                                   "): its roster and decisions answer to another administrator",
                               true});
    for (auto &entry : report.entries)
        entry.valid = false;
}

std::int64_t currentTimeMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {

using OwnProblems = std::vector<std::pair<const char *, std::string>>;

// Runs `check(i)` for every i below `count` on every core.
template <typename Check>
void forEachIndex(std::size_t count, Check check)
{
    std::vector<std::size_t> indexes(count);
    std::iota(indexes.begin(), indexes.end(), std::size_t(0));
    QtConcurrent::blockingMap(computePool(), indexes, check);
}

// Counts checked entries for the progress callback, from any thread; reports every 1024
// entries: often enough for a progress bar, rare enough to cost nothing.
class ProgressCounter
{
public:
    ProgressCounter(const VerifyProgress &progress, std::size_t total) : m_progress(progress), m_total(total) {}
    void tick(std::size_t count = 1)
    {
        const std::size_t done = m_done += count;
        if (m_progress && ((done - count) / 1024 != done / 1024 || done == m_total))
            m_progress(done, m_total);
    }

private:
    const VerifyProgress &m_progress;
    std::size_t m_total;
    std::atomic<std::size_t> m_done = 0;
};

// 1. Each entry alone: bytes decode to a canonical body, the id is the hash, the signature
//    verifies. Independent per entry, so it runs on every core. The report keeps the body, id
//    and signature, not the signed bytes: the store holds them, and for 100,000 entries they
//    are about 400 MB.
void checkAlone(CheckedEntry &c, std::string_view signedBytes, std::string_view signature, OwnProblems &own,
                const std::string &storeId, const SignatureChecker &signatures)
{
    auto decoded = decodeEntryBody(signedBytes, signature);
    if (!decoded) {
        own.push_back({problem::Malformed, "cannot be read: " + decoded.errorMessage().toStdString()});
        return;
    }
    if (decoded->id != c.row.id)
        own.push_back({problem::IdMismatch,
                       "the stored id is not the SHA-256 of the signed bytes (" + shortId(decoded->id) + "…)"});
    if (!signatures.verify(decoded->body.author, signedBytes, signature))
        own.push_back({problem::BadSignature, "the signature does not verify with the author's key"});
    if (decoded->body.store != storeId)
        own.push_back({problem::ForeignStore, "the entry belongs to store " + decoded->body.store});
    if (decoded->body.author != c.row.author || decoded->body.seq != c.row.seq)
        own.push_back({problem::IdMismatch, "the row's author or seq columns differ from the signed body"});
    if (auto shape = checkContent(decoded->body.type, decoded->body.content); !shape)
        own.push_back({problem::Malformed,
                       "its " + decoded->body.type + " content is malformed: " + shape.errorMessage().toStdString()});
    c.entry = std::move(decoded).value();
}

void checkAll(std::vector<CheckedEntry> &entries, std::vector<OwnProblems> &own, const std::string &storeId,
              const SignatureChecker &signatures, ProgressCounter &counter)
{
    own.resize(entries.size());
    forEachIndex(entries.size(), [&](std::size_t i) {
        StoredRow &row = entries[i].row;
        checkAlone(entries[i], row.signedBytes, row.signature, own[i], storeId, signatures);
        std::string().swap(row.signedBytes); // assigning an empty string would keep the buffer
        std::string().swap(row.signature);
        counter.tick();
    });
}

std::vector<CheckedEntry> toEntries(std::vector<StoredRow> rows)
{
    std::vector<CheckedEntry> entries(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        entries[i].row = std::move(rows[i]);
    return entries;
}

// 4. One entry's authority: its key not revoked or retired before it, its role granted by
// the roster it names (or, without a role, its author listed there).
void checkAuthority(const SignedEntry &e, const Roster &roster,
                    const std::map<std::string, std::int64_t, std::less<>> &retiredAt, const std::string &anchor,
                    OwnProblems &out)
{
    const std::string &author = e.body.author;
    if (const auto cut = roster.revocationCut(author); cut && e.body.seq > *cut)
        out.push_back(
            {problem::Revoked, "written after its key was revoked (cut after seq " + std::to_string(*cut) + ")"});
    if (const auto end = retiredAt.find(author); end != retiredAt.end() && e.body.seq > end->second)
        out.push_back(
            {problem::Retired, "written after its key was retired (end at seq " + std::to_string(end->second) + ")"});
    if (author == anchor)
        return;
    if (const std::string *role = requiredRole(e)) {
        if (!roster.grants(author, *role, e.body.rosterRef))
            out.push_back({problem::Unauthorised, "the roster it names does not grant its author the role " + *role});
    } else if (e.body.type != entry_type::End && e.body.type != entry_type::Roster &&
               (!e.body.rosterRef || !roster.knowsRosterEntry(*e.body.rosterRef) ||
                !roster.lists(author, e.body.rosterRef))) {
        out.push_back({problem::Unauthorised, "the roster it names does not list its author"});
    }
}

// A store's entries by feed (author), each feed in row order and, stably, in seq order: the
// entries of a fork stand together, in row order.
struct Feed
{
    std::vector<std::size_t> rowOrder;
    std::vector<std::size_t> seqOrder;
    std::vector<std::int64_t> seqs; // the seq of each entry of seqOrder: searched without a jump per step
};
using Feeds = std::map<std::string, Feed, std::less<>>;

Feeds groupFeeds(const std::vector<CheckedEntry> &entries)
{
    Feeds feeds;
    // Rows of one feed tend to come in runs, so the last feed is tried before the map.
    Feed *last = nullptr;
    const std::string *lastAuthor = nullptr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].entry)
            continue;
        const std::string &author = entries[i].entry->body.author;
        if (!last || author != *lastAuthor) {
            const auto it = feeds.try_emplace(author).first;
            last = &it->second;
            lastAuthor = &it->first;
        }
        last->rowOrder.push_back(i);
        last->seqs.push_back(entries[i].entry->body.seq);
    }
    for (auto &[author, feed] : feeds) {
        feed.seqOrder = feed.rowOrder;
        // A feed is nearly always stored in seq order already.
        if (std::is_sorted(feed.seqs.begin(), feed.seqs.end()))
            continue;
        std::stable_sort(feed.seqOrder.begin(), feed.seqOrder.end(), [&entries](std::size_t a, std::size_t b) {
            return entries[a].entry->body.seq < entries[b].entry->body.seq;
        });
        for (std::size_t k = 0; k < feed.seqOrder.size(); ++k)
            feed.seqs[k] = entries[feed.seqOrder[k]].entry->body.seq;
    }
    return feeds;
}

// What the walk along one feed found: problems in the order found, and the entries they make
// unsound.
struct FeedFindings
{
    struct Finding
    {
        const char *kind;
        std::size_t entry;
        std::string message;
        bool fatal = false;
    };
    std::vector<Finding> problems;
    std::vector<std::size_t> unsound;
};

// 2. One feed: seq without gaps in row order, prev linking, forks, clocks.
FeedFindings checkFeed(const std::string &author, const Feed &feed, const std::vector<CheckedEntry> &entries,
                       const std::string &anchor, std::int64_t nowMs)
{
    FeedFindings out;
    auto add = [&out](const char *kind, std::size_t i, std::string message, bool fatal = false) {
        out.problems.push_back({kind, i, std::move(message), fatal});
    };
    const bool isAnchor = author == anchor;
    std::int64_t expected = 1;
    std::int64_t lastTs = std::numeric_limits<std::int64_t>::min();
    const std::string *previousId = nullptr;
    bool chainBroken = false;
    for (std::size_t group = 0; group < feed.seqOrder.size();) {
        const std::int64_t seq = feed.seqs[group];
        std::size_t groupEnd = group + 1;
        while (groupEnd < feed.seqOrder.size() && feed.seqs[groupEnd] == seq)
            ++groupEnd;
        const std::span<const std::size_t> idx(feed.seqOrder.data() + group, groupEnd - group);
        group = groupEnd;
        if (seq != expected) {
            add(problem::Gap, idx.front(),
                "feed " + shortId(author) + " has no entry " + std::to_string(expected) +
                    (seq - expected > 1 ? "–" + std::to_string(seq - 1) : "") +
                    " before this one (removed or withheld)");
            chainBroken = true;
        }
        expected = seq + 1;
        if (idx.size() > 1) {
            for (std::size_t i : idx) {
                add(isAnchor && entries[i].entry->body.type == entry_type::Roster ? problem::RosterFork : problem::Fork,
                    i,
                    std::to_string(idx.size()) + " different entries claim seq " + std::to_string(seq) + " of feed " +
                        shortId(author),
                    isAnchor);
                out.unsound.push_back(i);
            }
            chainBroken = true;
            previousId = nullptr;
            continue;
        }
        const std::size_t i = idx.front();
        const SignedEntry &e = *entries[i].entry;
        if (seq > 1 && !chainBroken && (!e.body.prev || !previousId || *e.body.prev != *previousId)) {
            add(problem::BrokenChain, i, "prev does not name the feed's previous entry");
            chainBroken = true;
        }
        if (chainBroken)
            out.unsound.push_back(i);
        if (e.body.tsMs < lastTs)
            add(problem::TimeBackwards, i, "its time stamp is earlier than the previous entry's");
        if (e.body.tsMs > nowMs + kFutureToleranceMs)
            add(problem::TimeFuture, i, "its time stamp lies more than five minutes in the future");
        lastTs = std::max(lastTs, e.body.tsMs);
        previousId = &e.id;
    }
    // Rows of a feed stand in seq order; a later seq stored before an earlier one was moved.
    std::int64_t maxSeq = 0;
    for (std::size_t i : feed.rowOrder) {
        const std::int64_t seq = entries[i].entry->body.seq;
        if (seq < maxSeq) {
            add(problem::Reordered, i, "stored after entry " + std::to_string(maxSeq) + " of its own feed");
            out.unsound.push_back(i);
        }
        maxSeq = std::max(maxSeq, seq);
    }
    return out;
}

// One of an entry's `seen` references (by its place in the list) that this store contradicts.
struct WitnessFinding
{
    std::size_t ref = 0;
    bool withheld = false; // the store lacks the entry seen; otherwise it holds a different one
};

// Also runs `alsoCheck(i)` for each entry i in the same pass: the entries of a large store do
// not fit in the cache, and each pass over them pays for reading them from memory.
template <typename AlsoCheck>
std::vector<std::vector<WitnessFinding>> checkWitnesses(const std::vector<CheckedEntry> &entries, const Feeds &feeds,
                                                        AlsoCheck alsoCheck)
{
    enum class Verdict { Held, Withheld, Different };
    std::map<Hex256, const Feed *> byKey; // the feeds a reference can name: those of valid keys
    for (const auto &[author, feed] : feeds) {
        if (const auto key = Hex256::parse(author))
            byKey.emplace(*key, &feed);
    }
    auto lookUp = [&](const SeenRef &ref) {
        const auto feed = byKey.find(ref.author);
        if (feed == byKey.end())
            return Verdict::Withheld;
        const Feed &f = *feed->second;
        const auto [first, last] = std::equal_range(f.seqs.begin(), f.seqs.end(), ref.seq);
        if (first == last)
            return Verdict::Withheld;
        const auto from = f.seqOrder.begin() + (first - f.seqs.begin());
        const auto to = f.seqOrder.begin() + (last - f.seqs.begin());
        return std::any_of(from, to, [&](std::size_t at) { return ref.id == entries[at].row.id; }) ? Verdict::Held
                                                                                                   : Verdict::Different;
    };
    std::vector<std::vector<WitnessFinding>> findings(entries.size());
    // In blocks of consecutive rows, each with its memory of the previous entry's references: an
    // author's consecutive entries mostly name the same heads, which need looking up only once.
    constexpr std::size_t kBlock = 512;
    forEachIndex((entries.size() + kBlock - 1) / kBlock, [&](std::size_t block) {
        const std::vector<SeenRef> *previous = nullptr;
        std::vector<Verdict> previousVerdicts;
        std::vector<Verdict> verdicts;
        for (std::size_t i = block * kBlock; i < std::min(entries.size(), (block + 1) * kBlock); ++i) {
            if (!entries[i].entry)
                continue;
            alsoCheck(i);
            const auto &seen = entries[i].entry->body.seen;
            verdicts.resize(seen.size());
            for (std::size_t r = 0; r < seen.size(); ++r) {
                const bool same = previous && r < previous->size() && (*previous)[r] == seen[r];
                verdicts[r] = same ? previousVerdicts[r] : lookUp(seen[r]);
                if (verdicts[r] != Verdict::Held)
                    findings[i].push_back({r, verdicts[r] == Verdict::Withheld});
            }
            previous = &seen;
            std::swap(previousVerdicts, verdicts);
        }
    });
    return findings;
}

// 2. onwards: what needs all entries at once (feeds, roster, witnesses, clocks).
VerificationReport checkTogether(std::vector<CheckedEntry> entries, std::vector<OwnProblems> own,
                                 const std::string &storeId, const std::string &anchor, std::int64_t nowMs)
{
    VerificationReport report;
    report.storeId = storeId;
    report.anchor = anchor;
    report.entries = std::move(entries);

    auto add = [&report](const char *kind, const StoredRow &row, std::string message, bool fatal = false) {
        report.problems.push_back({kind, row.id, row.author, row.seq, std::move(message), fatal});
    };

    std::vector<bool> sound(report.entries.size(), true);
    for (std::size_t i = 0; i < own.size(); ++i) {
        for (auto &[kind, message] : own[i]) {
            add(kind, report.entries[i].row, message);
            sound[i] = false;
        }
    }

    // 2. Feeds, each walked on its own, on every core; reported in the feeds' order.
    const Feeds feeds = groupFeeds(report.entries);
    std::vector<std::pair<const std::string *, const Feed *>> feedList;
    for (const auto &[author, feed] : feeds)
        feedList.emplace_back(&author, &feed);
    std::vector<FeedFindings> feedFindings(feedList.size());
    forEachIndex(feedList.size(), [&](std::size_t f) {
        feedFindings[f] = checkFeed(*feedList[f].first, *feedList[f].second, report.entries, anchor, nowMs);
    });
    for (auto &findings : feedFindings) {
        for (auto &p : findings.problems)
            add(p.kind, report.entries[p.entry].row, std::move(p.message), p.fatal);
        for (const std::size_t i : findings.unsound)
            sound[i] = false;
    }
    auto seqOf = [&report](std::size_t i) { return report.entries[i].entry->body.seq; };

    // 3. The roster: the anchor's sound roster entries; roster entries by anyone else are refused.
    // The same scan finds where each key was retired, for step 4.
    std::vector<const SignedEntry *> rosterEntries;
    std::map<std::string, std::int64_t, std::less<>> retiredAt;
    for (std::size_t i = 0; i < report.entries.size(); ++i) {
        if (!report.entries[i].entry)
            continue;
        const SignedEntry &e = *report.entries[i].entry;
        if (e.body.type == entry_type::End) {
            auto it = retiredAt.find(e.body.author);
            if (it == retiredAt.end() || e.body.seq < it->second)
                retiredAt[e.body.author] = e.body.seq;
        }
        if (e.body.type != entry_type::Roster)
            continue;
        if (e.body.author != anchor) {
            add(problem::Unauthorised, report.entries[i].row, "a roster entry by a key that is not the store's anchor");
            sound[i] = false;
        } else if (sound[i]) {
            rosterEntries.push_back(&e);
        }
    }
    std::sort(rosterEntries.begin(), rosterEntries.end(), [](auto *a, auto *b) { return a->body.seq < b->body.seq; });
    report.m_roster = std::make_unique<Roster>(anchor, rosterEntries);
    const Roster &roster = *report.m_roster;

    // 4. Authority (revocation cut-points, retired keys, roles) and 5. witnesses (what each entry
    // says it had seen of other feeds must be here and the same): per entry, in one pass, on
    // every core; reported here in row order, each withheld entry once.
    std::vector<OwnProblems> authority(report.entries.size());
    const std::vector<std::vector<WitnessFinding>> witnessed =
        checkWitnesses(report.entries, feeds, [&](std::size_t i) {
            checkAuthority(*report.entries[i].entry, roster, retiredAt, anchor, authority[i]);
        });
    for (std::size_t i = 0; i < authority.size(); ++i) {
        for (auto &[kind, message] : authority[i]) {
            add(kind, report.entries[i].row, std::move(message));
            sound[i] = false;
        }
    }

    std::set<std::pair<std::string, std::int64_t>> reportedWithheld;
    for (std::size_t i = 0; i < witnessed.size(); ++i) {
        for (const WitnessFinding &finding : witnessed[i]) {
            const SeenRef &ref = report.entries[i].entry->body.seen[finding.ref];
            const auto feed = feeds.find(ref.author.str());
            if (finding.withheld) {
                if (reportedWithheld.insert({ref.author.str(), ref.seq}).second)
                    add(problem::Withheld, report.entries[i].row,
                        "it had seen entry " + std::to_string(ref.seq) + " of feed " + shortId(ref.author.str()) +
                            ", which this store " +
                            (feed == feeds.end()
                                 ? "does not hold at all"
                                 : "holds only up to " + std::to_string(seqOf(feed->second.seqOrder.back()))));
            } else {
                add(problem::SplitView, report.entries[i].row,
                    "it had seen a different entry " + std::to_string(ref.seq) + " of feed " +
                        shortId(ref.author.str()) + " (" + shortId(ref.id.str()) + "…)");
            }
        }
    }

    for (std::size_t i = 0; i < report.entries.size(); ++i)
        report.entries[i].valid = sound[i] && report.entries[i].entry.has_value() && !report.fatal();
    return report;
}

} // namespace

VerificationReport verifyRows(std::vector<StoredRow> rows, const std::string &storeId, const std::string &anchor,
                              std::int64_t nowMs, const VerifyProgress &progress)
{
    std::vector<CheckedEntry> entries = toEntries(std::move(rows));
    std::vector<OwnProblems> own;
    ProgressCounter counter(progress, entries.size());
    checkAll(entries, own, storeId, SignatureChecker(), counter);
    return checkTogether(std::move(entries), std::move(own), storeId, anchor, nowMs);
}

Result<VerificationReport> verifyStore(const AuditStore &store, std::int64_t nowMs, const VerifyProgress &progress,
                                       std::size_t chunkRows)
{
    // Reading the rows is a pipeline too: the cores check one chunk while this thread (the only
    // one that may use the store's connection) reads the next.
    const std::size_t kChunk = std::max<std::size_t>(chunkRows, 1);
    auto total = store.count();
    if (!total)
        return total.error();
    // The rows present now: a row appended meanwhile waits for the next verification.
    const auto expected = static_cast<std::size_t>(*total);
    ProgressCounter counter(progress, expected);
    const SignatureChecker signatures;
    const std::string storeId = store.storeId();
    // Each chunk's rows go straight to their place: no merge at the end, and nothing moves while
    // the cores work. Each entry is made as its row is read: made all at once up front, the 50 MB
    // of a 100,000-entry report kept the cores waiting (page faults) before the first check. The
    // cores reach the entries through `places`, never through the vector the reader grows.
    std::vector<CheckedEntry> entries;
    entries.reserve(expected);
    CheckedEntry *const places = entries.data();
    std::vector<OwnProblems> own(expected);
    // The signed bytes and signatures of a chunk, end to end, in one of two buffers: one fills
    // while the cores check the chunk in the other. Reused, so that the bytes cost no allocation
    // (nor fresh pages) per entry.
    struct Bytes
    {
        std::size_t offset = 0;
        std::size_t signedSize = 0;
        std::size_t signatureSize = 0;
    };
    std::array<std::string, 2> buffers;
    std::vector<Bytes> bytes(expected);
    // The cores take a chunk's entries in runs of kRun: a task and a progress tick per entry
    // cost more than the bookkeeping of a run.
    constexpr std::size_t kRun = 16;
    std::array<std::vector<std::size_t>, 2> runs; // where each run of a buffer's chunk starts
    QFuture<void> checking;
    std::int64_t lastRow = 0;
    std::size_t filled = 0;
    // A small first chunk, so that the cores start soon.
    std::size_t chunk = std::min<std::size_t>(kChunk, 1024);
    for (std::size_t chunkIndex = 0; filled < expected; ++chunkIndex) {
        // The chunk this buffer held before was checked before the last one started.
        std::string &buffer = buffers[chunkIndex % 2];
        buffer.clear();
        const std::size_t from = filled;
        auto visited = store.visitRowsAfter(lastRow, std::min(chunk, expected - filled), [&](const StoredRowView &r) {
            bytes[filled] = {buffer.size(), r.signedBytes.size(), r.signature.size()};
            buffer.append(r.signedBytes).append(r.signature);
            StoredRow &row = entries.emplace_back().row;
            ++filled;
            row.row = r.row;
            row.id = r.id;
            row.author = r.author;
            row.seq = r.seq;
            row.type = r.type;
            lastRow = r.row;
        });
        if (!visited) {
            checking.waitForFinished();
            return visited.error();
        }
        if (*visited == 0)
            break;
        checking.waitForFinished();
        std::vector<std::size_t> &starts = runs[chunkIndex % 2];
        starts.clear();
        for (std::size_t start = from; start < filled; start += kRun)
            starts.push_back(start);
        // A non-blocking map straight from this thread: a blocking map nested in a pool task
        // got only the task's own thread, and the check ran on one core.
        checking = QtConcurrent::map(computePool(), starts, [&, base = buffer.data(), end = filled](std::size_t start) {
            const std::size_t last = std::min(start + kRun, end);
            for (std::size_t i = start; i < last; ++i) {
                const Bytes &b = bytes[i];
                checkAlone(places[i], std::string_view(base + b.offset, b.signedSize),
                           std::string_view(base + b.offset + b.signedSize, b.signatureSize), own[i], storeId,
                           signatures);
            }
            counter.tick(last - start);
        });
        chunk = kChunk;
    }
    checking.waitForFinished();
    own.resize(filled);
    return checkTogether(std::move(entries), std::move(own), storeId, store.anchor(), nowMs);
}

} // namespace cs::audit
