// The sign-off rules (audit contract, "Types and content"): a request's state derived from valid
// entries alone. Each data row is a short script of signed entries appended to a fresh store,
// verified, and fed to deriveRequestState():
//
//   receive KIND TRACK [digest=D] [fail=C1,C2]   the administrator records package_received
//   signoff                                      every required role approved by its usual person
//   NAME DECISION ROLE [digest=D]                a decision (approve, approve_with_conditions,
//                                                reject, request_changes) on the current digest
//   NAME withdraw [of=OTHER]                     withdraws OTHER's (default: NAME's) latest decision
//   NAME exception C1,C2 expires=+MS|-MS         a policy exception, expiry relative to its own time
//   wait MS                                      the clock moves on (each step adds 1 s anyway)

#include "AuditTestSupport.h"

#include "audit/AuditStore.h"
#include "audit/RequestState.h"
#include "audit/Verification.h"

#include <QTemporaryDir>
#include <QTest>

#include <exception>
#include <map>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

constexpr const char *kRequest = "REQ-1";
constexpr const char *kSubmitter = "sam@example.org";

// The default policy's sign-offs (resources/policy/default-policy.json).
std::vector<std::string> requiredSignoffs(const std::string &kind, const std::string &track)
{
    static const std::map<std::string, std::map<std::string, std::vector<std::string>>> table = {
        {"ml_model", {{"green", {}}, {"yellow", {"ml_platform_engineer"}}, {"red", {"ml_governance_analyst", "risk_officer"}}}},
        {"app", {{"green", {}}, {"yellow", {"security_reviewer"}}, {"red", {"security_reviewer", "risk_officer"}}}},
        {"data_pipeline", {{"green", {}}, {"yellow", {"data_steward"}}, {"red", {"data_steward", "risk_officer"}}}},
    };
    return table.at(kind).at(track);
}

// Who usually signs in each role.
const std::map<std::string, std::string> &usualSigner()
{
    static const std::map<std::string, std::string> m = {{"ml_governance_analyst", "gina"}, {"risk_officer", "rita"},
                                                         {"security_reviewer", "sven"},     {"data_steward", "dana"},
                                                         {"ml_platform_engineer", "mike"}};
    return m;
}

struct Person
{
    std::string name;
    std::string email;
    std::vector<std::string> roles;
};

const std::vector<Person> &people()
{
    static const std::vector<Person> p = {
        // The submitter holds every reviewing role: the rules, not the roster, keep him out.
        {"sam", kSubmitter, {"ml_governance_analyst", "risk_officer", "security_reviewer", "data_steward", "ml_platform_engineer"}},
        {"gina", "gina@example.org", {"ml_governance_analyst"}},
        {"rita", "rita@example.org", {"risk_officer"}},
        {"sven", "sven@example.org", {"security_reviewer"}},
        {"dana", "dana@example.org", {"data_steward"}},
        {"mike", "mike@example.org", {"ml_platform_engineer"}},
        {"olga", "olga@example.org", {"ml_governance_analyst", "risk_officer"}}, // one person, two roles
        {"rob", "gina@example.org", {"risk_officer"}},                           // Gina's second key
        {"rick", "rick@example.org", {"risk_officer"}},
    };
    return p;
}

} // namespace

class TestRequestState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void statusExplainsItself();
    void noPackageIsPending();
    void requestIdsInFirstSeenOrder();
    void malformedContentNeverApproves_data();
    void malformedContentNeverApproves();

private:
    struct Run
    {
        QTemporaryDir dir;
        std::unique_ptr<AuditStore> store;
        std::optional<VerificationReport> report;
        std::map<std::string, SignedEntry> named; // "gina#1": Gina's first decision, etc.
    };
    // Runs a script; returns an empty string or what went wrong.
    QString runScript(const QStringList &script, Run &run);

    std::optional<SecretSeed> m_admin;
    std::map<std::string, SecretSeed> m_seeds;
};

void TestRequestState::initTestCase()
{
    m_admin = newSeed();
    for (const auto &p : people())
        m_seeds.emplace(p.name, newSeed());
}

QString TestRequestState::runScript(const QStringList &script, Run &run)
{
    auto store = AuditStore::create(run.dir.filePath(QStringLiteral("s.store")), m_admin->publicKey());
    if (!store)
        return store.errorMessage();
    run.store = std::move(store).value();
    std::vector<nlohmann::json> grants;
    for (const auto &p : people())
        grants.push_back(grant(m_seeds.at(p.name), p.name, p.email, p.roles));
    std::int64_t ts = kT0;
    if (auto r = run.store->append(*m_admin, entry_type::Roster, rosterContent(grants), ts); !r)
        return r.errorMessage();

    std::string digest;
    std::vector<std::string> required;
    std::map<std::string, std::vector<SignedEntry>> decisionsBy;
    std::map<std::string, int> counts;
    auto appendAs = [&](const SecretSeed &seed, const std::string &who, const char *type, const nlohmann::json &content) -> QString {
        auto e = run.store->append(seed, type, content, ts);
        if (!e)
            return e.errorMessage();
        if (std::string(type) == entry_type::Decision)
            decisionsBy[who].push_back(*e);
        run.named[who + "#" + std::to_string(++counts[who])] = *e;
        return {};
    };

    for (const QString &line : script) {
        ts += 1000;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::map<QString, QString> options;
        QStringList args;
        for (const QString &w : words) {
            const qsizetype eq = w.indexOf(QLatin1Char('='));
            if (eq > 0)
                options[w.left(eq)] = w.mid(eq + 1);
            else
                args << w;
        }
        const QString verb = args.value(0);
        QString error;
        if (verb == QLatin1String("wait")) {
            ts += args.value(1).toLongLong();
        } else if (verb == QLatin1String("receive")) {
            const std::string kind = args.value(1).toStdString(), track = args.value(2).toStdString();
            digest = options.count(QStringLiteral("digest")) ? options[QStringLiteral("digest")].toStdString() : "d1";
            required = requiredSignoffs(kind, track);
            nlohmann::json fails = nlohmann::json::array();
            if (options.count(QStringLiteral("fail"))) {
                const QStringList checks = options[QStringLiteral("fail")].split(QLatin1Char(','));
                for (const QString &c : checks)
                    fails.push_back(c.toStdString());
            }
            error = appendAs(*m_admin, "admin", entry_type::PackageReceived,
                             {{"request_id", kRequest},
                              {"package_digest", digest},
                              {"name", "model"},
                              {"version", "1." + digest},
                              {"kind", kind},
                              {"submitted_by", kSubmitter},
                              {"track", track},
                              {"required_signoffs", required},
                              {"policy_digest", "policy-1"},
                              {"fail_checks", fails}});
        } else if (verb == QLatin1String("signoff")) {
            for (const auto &role : required) {
                const std::string who = usualSigner().at(role);
                error = appendAs(m_seeds.at(who), who, entry_type::Decision, decisionContent(kRequest, digest, role, "approve"));
                if (!error.isEmpty())
                    break;
                ts += 1000;
            }
        } else if (m_seeds.count(verb.toStdString())) {
            const std::string who = verb.toStdString();
            const QString action = args.value(1);
            if (action == QLatin1String("withdraw")) {
                const std::string of = options.count(QStringLiteral("of")) ? options[QStringLiteral("of")].toStdString() : who;
                if (decisionsBy[of].empty())
                    return QStringLiteral("%1: %2 has no decision to withdraw").arg(line, QString::fromStdString(of));
                error = appendAs(m_seeds.at(who), who, entry_type::Withdraw,
                                 // Exactly the contract's content: a withdrawal names the decision, not the request.
                                 {{"entry", decisionsBy[of].back().id}, {"reason", "changed my mind"}});
            } else if (action == QLatin1String("exception")) {
                nlohmann::json covers = nlohmann::json::array();
                const QStringList checks = args.value(2).split(QLatin1Char(','));
                for (const QString &c : checks)
                    covers.push_back(c.toStdString());
                const std::int64_t expires = ts + options[QStringLiteral("expires")].toLongLong();
                error = appendAs(m_seeds.at(who), who, entry_type::Exception,
                                 {{"request_id", kRequest},
                                  {"package_digest", options.count(QStringLiteral("digest")) ? options[QStringLiteral("digest")].toStdString() : digest},
                                  {"covers", covers},
                                  {"reason", "accepted risk"},
                                  {"expires_ms", expires}});
            } else {
                const std::string decision = action.toStdString();
                const std::string on = options.count(QStringLiteral("digest")) ? options[QStringLiteral("digest")].toStdString() : digest;
                const bool needsComment = decision == "reject" || decision == "request_changes";
                nlohmann::json content = decisionContent(kRequest, on, args.value(2).toStdString(), decision, needsComment ? "see findings" : "");
                if (decision == "approve_with_conditions")
                    content["conditions"] = {"monitor weekly"};
                error = appendAs(m_seeds.at(who), who, entry_type::Decision, content);
            }
        } else {
            return QStringLiteral("unknown step: ") + line;
        }
        if (!error.isEmpty())
            return line + QStringLiteral(": ") + error;
    }

    auto report = verifyStore(*run.store, ts + 60'000);
    if (!report)
        return report.errorMessage();
    run.report.emplace(std::move(report).value());
    if (!run.report->clean())
        return QStringLiteral("the store does not verify:") + QString::fromUtf8(describe(*run.report));
    return {};
}

void TestRequestState::rules_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("expected");
    const QString approved = QString::fromLatin1(request_state::Approved);
    const QString pending = QString::fromLatin1(request_state::Pending);
    const QString rejected = QString::fromLatin1(request_state::Rejected);
    const QString changes = QString::fromLatin1(request_state::ChangesRequested);
    const QString conflict = QString::fromLatin1(request_state::Conflict);

    // Every kind on every track: green needs nobody; yellow one role; red two.
    for (const char *kind : {"ml_model", "app", "data_pipeline"}) {
        for (const char *track : {"green", "yellow", "red"}) {
            const QString receive = QStringLiteral("receive %1 %2").arg(QLatin1String(kind), QLatin1String(track));
            const auto roles = requiredSignoffs(kind, track);
            const QByteArray name = QByteArray(kind) + " " + track;
            QTest::newRow(QByteArray(name + ": received only").constData()) << QStringList{receive} << (roles.empty() ? approved : pending);
            QTest::newRow(QByteArray(name + ": every required role approved").constData()) << QStringList{receive, QStringLiteral("signoff")} << approved;
            for (const auto &role : roles) {
                QStringList script{receive};
                for (const auto &other : roles) {
                    if (other != role)
                        script << QStringLiteral("%1 approve %2").arg(QString::fromStdString(usualSigner().at(other)), QString::fromStdString(other));
                }
                QTest::newRow(QByteArray(name + ": missing " + QByteArray::fromStdString(role)).constData()) << script << pending;
                QTest::newRow(QByteArray(name + ": " + QByteArray::fromStdString(role) + " rejects").constData())
                    << (QStringList(script) << QStringLiteral("%1 reject %2").arg(QString::fromStdString(usualSigner().at(role)), QString::fromStdString(role)))
                    << rejected;
                QTest::newRow(QByteArray(name + ": " + QByteArray::fromStdString(role) + " requests changes").constData())
                    << (QStringList(script)
                        << QStringLiteral("%1 request_changes %2").arg(QString::fromStdString(usualSigner().at(role)), QString::fromStdString(role)))
                    << changes;
            }
        }
    }

    // Distinct people.
    QTest::newRow("one person in both red roles") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("olga approve ml_governance_analyst"),
                                                                 QStringLiteral("olga approve risk_officer")}
                                                  << pending;
    QTest::newRow("one person in both roles, then another for one of them")
        << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("olga approve ml_governance_analyst"), QStringLiteral("olga approve risk_officer"),
                       QStringLiteral("rita approve risk_officer")}
        << approved;
    QTest::newRow("same email on two keys") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina approve ml_governance_analyst"),
                                                           QStringLiteral("rob approve risk_officer")}
                                            << pending;
    QTest::newRow("two distinct people") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina approve ml_governance_analyst"),
                                                        QStringLiteral("rick approve risk_officer")}
                                         << approved;

    // The submitter.
    QTest::newRow("submitter approves one role") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("sam approve ml_governance_analyst"),
                                                                QStringLiteral("rita approve risk_officer")}
                                                 << pending;
    QTest::newRow("submitter approves both roles") << QStringList{QStringLiteral("receive app red"), QStringLiteral("sam approve security_reviewer"),
                                                                  QStringLiteral("sam approve risk_officer")}
                                                   << pending;
    QTest::newRow("submitter approves a yellow request") << QStringList{QStringLiteral("receive data_pipeline yellow"), QStringLiteral("sam approve data_steward")}
                                                         << pending;
    QTest::newRow("submitter's approval beside everyone's") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("sam approve risk_officer"),
                                                                           QStringLiteral("signoff")}
                                                            << approved;

    // Conflicts, rejections, requested changes.
    QTest::newRow("approve and reject in one role") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina approve ml_governance_analyst"),
                                                                   QStringLiteral("olga reject ml_governance_analyst"), QStringLiteral("rita approve risk_officer")}
                                                    << conflict;
    QTest::newRow("approve and reject in one role, other role missing")
        << QStringList{QStringLiteral("receive app red"), QStringLiteral("rita approve risk_officer"), QStringLiteral("rick reject risk_officer")}
        << conflict;
    QTest::newRow("reject in one role, approvals in the other") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina reject ml_governance_analyst"),
                                                                               QStringLiteral("rita approve risk_officer")}
                                                                << rejected;
    QTest::newRow("reject outweighs requested changes") << QStringList{QStringLiteral("receive app red"), QStringLiteral("sven request_changes security_reviewer"),
                                                                       QStringLiteral("rita reject risk_officer")}
                                                        << rejected;
    QTest::newRow("requested changes beside an approval") << QStringList{QStringLiteral("receive app red"), QStringLiteral("sven request_changes security_reviewer"),
                                                                         QStringLiteral("rita approve risk_officer")}
                                                          << changes;
    QTest::newRow("submitter's reject does not count") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"),
                                                                      QStringLiteral("sam reject risk_officer")}
                                                       << approved;
    QTest::newRow("approve with conditions counts") << QStringList{QStringLiteral("receive ml_model red"),
                                                                   QStringLiteral("gina approve_with_conditions ml_governance_analyst"),
                                                                   QStringLiteral("rita approve risk_officer")}
                                                    << approved;
    QTest::newRow("approval in a role the track does not require") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina approve ml_governance_analyst"),
                                                                                  QStringLiteral("sven approve security_reviewer")}
                                                                   << pending;

    // Withdrawals.
    QTest::newRow("withdrawn approval") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"), QStringLiteral("gina withdraw")} << pending;
    QTest::newRow("withdrawn approval, approved again") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"), QStringLiteral("gina withdraw"),
                                                                       QStringLiteral("gina approve ml_governance_analyst")}
                                                        << approved;
    QTest::newRow("withdrawn reject") << QStringList{QStringLiteral("receive app yellow"), QStringLiteral("sven reject security_reviewer"), QStringLiteral("sven withdraw")}
                                      << pending;
    // Withdrawing one's latest approval must not bring back the earlier one it superseded.
    QTest::newRow("approval given twice, the latest withdrawn")
        << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"), QStringLiteral("rita approve risk_officer"),
                       QStringLiteral("rita withdraw")}
        << pending;
    QTest::newRow("withdrawal of someone else's approval does nothing")
        << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"), QStringLiteral("rita withdraw of=gina")}
        << approved;

    // A later decision by the same person supersedes the earlier.
    QTest::newRow("changes requested, then approved") << QStringList{QStringLiteral("receive ml_model yellow"), QStringLiteral("mike request_changes ml_platform_engineer"),
                                                                     QStringLiteral("mike approve ml_platform_engineer")}
                                                      << approved;
    QTest::newRow("approved, then rejected") << QStringList{QStringLiteral("receive ml_model yellow"), QStringLiteral("mike approve ml_platform_engineer"),
                                                            QStringLiteral("mike reject ml_platform_engineer")}
                                             << rejected;
    QTest::newRow("rejected, then approved") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("gina reject ml_governance_analyst"),
                                                            QStringLiteral("rita approve risk_officer"), QStringLiteral("gina approve ml_governance_analyst")}
                                             << approved;
    QTest::newRow("approved, then changes requested") << QStringList{QStringLiteral("receive ml_model red"), QStringLiteral("signoff"),
                                                                     QStringLiteral("gina request_changes ml_governance_analyst")}
                                                      << changes;

    // Exceptions for fail checks, judged at the time of the approval.
    QTest::newRow("fail check without exception") << QStringList{QStringLiteral("receive ml_model red fail=fairness:age"), QStringLiteral("signoff")} << pending;
    QTest::newRow("fail check with a valid exception") << QStringList{QStringLiteral("receive ml_model red fail=fairness:age"),
                                                                      QStringLiteral("rick exception fairness:age expires=+86400000"), QStringLiteral("signoff")}
                                                       << approved;
    QTest::newRow("exception granted after the approvals, still valid")
        << QStringList{QStringLiteral("receive ml_model red fail=fairness:age"), QStringLiteral("signoff"),
                       QStringLiteral("rick exception fairness:age expires=+86400000")}
        << approved;
    QTest::newRow("exception expired before the approval") << QStringList{QStringLiteral("receive ml_model red fail=fairness:age"),
                                                                          QStringLiteral("rick exception fairness:age expires=+500"), QStringLiteral("signoff")}
                                                           << pending;
    QTest::newRow("exception expired between the two approvals")
        << QStringList{QStringLiteral("receive ml_model red fail=fairness:age"), QStringLiteral("rick exception fairness:age expires=+1500"),
                       QStringLiteral("gina approve ml_governance_analyst"), QStringLiteral("wait 5000"), QStringLiteral("rita approve risk_officer")}
        << pending;
    QTest::newRow("exception covers one of two fail checks")
        << QStringList{QStringLiteral("receive app red fail=fairness:age,data_source:crm.leads"),
                       QStringLiteral("rick exception fairness:age expires=+86400000"), QStringLiteral("signoff")}
        << pending;
    QTest::newRow("exceptions cover both fail checks")
        << QStringList{QStringLiteral("receive app red fail=fairness:age,data_source:crm.leads"),
                       QStringLiteral("rick exception fairness:age expires=+86400000"), QStringLiteral("rita exception data_source:crm.leads expires=+86400000"),
                       QStringLiteral("signoff")}
        << approved;
    QTest::newRow("green track with a fail check") << QStringList{QStringLiteral("receive app green fail=license:gpl")} << pending;
    QTest::newRow("exception on an older digest") << QStringList{QStringLiteral("receive ml_model red digest=d1 fail=fairness:age"),
                                                                 QStringLiteral("rick exception fairness:age expires=+86400000"),
                                                                 QStringLiteral("receive ml_model red digest=d2 fail=fairness:age"), QStringLiteral("signoff")}
                                                  << pending;

    // A new package digest.
    QTest::newRow("approved, then a new package") << QStringList{QStringLiteral("receive ml_model red digest=d1"), QStringLiteral("signoff"),
                                                                 QStringLiteral("receive ml_model red digest=d2")}
                                                  << pending;
    QTest::newRow("approved on the old digest after the new package")
        << QStringList{QStringLiteral("receive ml_model red digest=d1"), QStringLiteral("receive ml_model red digest=d2"),
                       QStringLiteral("gina approve ml_governance_analyst digest=d1"), QStringLiteral("rita approve risk_officer digest=d1")}
        << pending;
    QTest::newRow("one approval per digest") << QStringList{QStringLiteral("receive ml_model red digest=d1"), QStringLiteral("gina approve ml_governance_analyst"),
                                                            QStringLiteral("receive ml_model red digest=d2"), QStringLiteral("rita approve risk_officer")}
                                             << pending;
    QTest::newRow("rejected old digest, new package") << QStringList{QStringLiteral("receive ml_model red digest=d1"), QStringLiteral("gina reject ml_governance_analyst"),
                                                                     QStringLiteral("receive ml_model red digest=d2")}
                                                      << pending;
    QTest::newRow("new package signed off again") << QStringList{QStringLiteral("receive ml_model red digest=d1"), QStringLiteral("signoff"),
                                                                 QStringLiteral("receive ml_model red digest=d2"), QStringLiteral("signoff")}
                                                  << approved;
    QTest::newRow("new package rises from yellow to red") << QStringList{QStringLiteral("receive ml_model yellow digest=d1"), QStringLiteral("signoff"),
                                                                         QStringLiteral("receive ml_model red digest=d2"), QStringLiteral("mike approve ml_platform_engineer")}
                                                          << pending;
}

void TestRequestState::rules()
{
    QFETCH(QStringList, script);
    QFETCH(QString, expected);
    Run run;
    const QString error = runScript(script, run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto status = deriveRequestState(kRequest, run.report->validEntries(), run.report->roster());
    QVERIFY(status.package);
    std::string reasons;
    for (const auto &r : status.reasons)
        reasons += "\n  " + r;
    QVERIFY2(status.state == expected.toStdString(),
             qPrintable(QStringLiteral("state %1, expected %2; reasons:%3")
                            .arg(QString::fromStdString(status.state), expected, QString::fromStdString(reasons))));
    QVERIFY(!status.reasons.empty());
}

void TestRequestState::statusExplainsItself()
{
    Run run;
    const QString error = runScript({QStringLiteral("receive ml_model red digest=d1 fail=fairness:age"), QStringLiteral("gina approve ml_governance_analyst digest=d1"),
                                     QStringLiteral("receive ml_model red digest=d2 fail=fairness:age"), QStringLiteral("sam approve risk_officer"),
                                     QStringLiteral("gina approve ml_governance_analyst"), QStringLiteral("gina request_changes ml_governance_analyst"),
                                     QStringLiteral("gina approve ml_governance_analyst"), QStringLiteral("rita approve risk_officer"),
                                     QStringLiteral("rita withdraw")},
                                    run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto status = deriveRequestState(kRequest, run.report->validEntries(), run.report->roster());
    QCOMPARE(status.state, std::string(request_state::Pending));
    QVERIFY(status.package);
    QCOMPARE(status.package->packageDigest, std::string("d2"));
    QCOMPARE(status.package->requiredSignoffs, (std::vector<std::string>{"ml_governance_analyst", "risk_officer"}));
    QCOMPARE(status.package->submittedBy, std::string(kSubmitter));
    QCOMPARE(status.uncoveredFailChecks, std::vector<std::string>{"fairness:age"});

    // Every decision is listed, and why it does not count.
    std::map<std::string, std::pair<bool, std::string>> byId;
    for (const auto &d : status.decisions)
        byId[d.entry->id] = {d.counts, d.why};
    QCOMPARE(status.decisions.size(), std::size_t(6));
    QVERIFY(!byId.at(run.named.at("gina#1").id).first);
    QVERIFY(byId.at(run.named.at("gina#1").id).second.find("older") != std::string::npos);
    QVERIFY(!byId.at(run.named.at("sam#1").id).first);
    QVERIFY(byId.at(run.named.at("sam#1").id).second.find("submitter") != std::string::npos);
    QVERIFY(!byId.at(run.named.at("gina#2").id).first);
    QVERIFY(byId.at(run.named.at("gina#2").id).second.find("superseded") != std::string::npos);
    QVERIFY(!byId.at(run.named.at("gina#3").id).first);
    QVERIFY(byId.at(run.named.at("gina#4").id).first);
    QVERIFY(!byId.at(run.named.at("rita#1").id).first);
    QVERIFY(byId.at(run.named.at("rita#1").id).second.find("withdrawn") != std::string::npos);

    // The trail holds every valid entry about the request, the roster not included.
    QCOMPARE(status.trail.size(), std::size_t(9));
    QCOMPARE(status.exceptions.size(), std::size_t(0));

    // One sign-off per required role: Gina's approval stands for ml_governance_analyst even
    // though the request is still pending; Rita's approval is withdrawn, so risk_officer is missing.
    QCOMPARE(status.signoffs.size(), std::size_t(2));
    QCOMPARE(status.signoffs[1].role, std::string("risk_officer"));
    QVERIFY(!status.signoffs[1].signer);
    QCOMPARE(status.signoffs[0].role, std::string("ml_governance_analyst"));
    std::string reasons;
    for (const auto &r : status.reasons)
        reasons += r + "\n";
    QVERIFY2(reasons.find("Missing an approval as risk_officer") != std::string::npos, reasons.c_str());
    QVERIFY2(reasons.find("Missing an approval as ml_governance_analyst") == std::string::npos, reasons.c_str());
    QVERIFY(status.signoffs[0].signer);
    QCOMPARE(status.signoffs[0].signer->email, std::string("gina@example.org"));
    QCOMPARE(status.signoffs[0].entryId.value_or(""), run.named.at("gina#4").id);
}

void TestRequestState::noPackageIsPending()
{
    Run run;
    const QString error = runScript({QStringLiteral("wait 1")}, run);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto status = deriveRequestState(kRequest, run.report->validEntries(), run.report->roster());
    QCOMPARE(status.state, std::string(request_state::Pending));
    QVERIFY(!status.package);
    QVERIFY(status.signoffs.empty());
    QVERIFY(!status.reasons.empty());
}

void TestRequestState::requestIdsInFirstSeenOrder()
{
    Run run;
    QVERIFY(runScript({}, run).isEmpty());
    for (const char *id : {"REQ-7", "REQ-3", "REQ-7", "REQ-5"})
        QVERIFY(run.store->append(*m_admin, entry_type::PackageReceived,
                                  {{"request_id", id}, {"package_digest", "d"}, {"name", "n"}, {"version", "1"}, {"kind", "ml_model"},
                                   {"submitted_by", "ds@bank.example"}, {"track", "green"},
                                   {"required_signoffs", nlohmann::json::array()}, {"policy_digest", "p"},
                                   {"fail_checks", nlohmann::json::array()}},
                                  kT0 + 10));
    QVERIFY(run.store->append(*m_admin, entry_type::Comment, commentContent("REQ-9", "a comment names no new request"), kT0 + 11));
    auto report = verifyStore(*run.store, kT0 + 60'000);
    QVERIFY2(report, why(report).constData());
    QCOMPARE(requestIds(report->validEntries()), (std::vector<std::string>{"REQ-7", "REQ-3", "REQ-5"}));
}

void TestRequestState::malformedContentNeverApproves_data()
{
    QTest::addColumn<QByteArray>("packageReceived");
    QTest::addColumn<QByteArray>("exception");
    QTest::addColumn<bool>("signedOff"); // both required roles approved by distinct people
    const QByteArray good = R"({"request_id":"REQ-1","package_digest":"d1","name":"m","version":"1","kind":"ml_model",)"
                            R"("submitted_by":"sam@example.org","track":"red","required_signoffs":["ml_governance_analyst","risk_officer"],)"
                            R"("policy_digest":"p","fail_checks":[]})";
    const QByteArray failing = QByteArray(good).replace(R"("fail_checks":[])", R"("fail_checks":["fairness:age"])");
    QTest::newRow("red track, required_signoffs missing, nobody signed")
        << QByteArray(good).replace(R"("required_signoffs":["ml_governance_analyst","risk_officer"],)", "") << QByteArray() << false;
    QTest::newRow("red track, required_signoffs a string, nobody signed")
        << QByteArray(good).replace(R"(["ml_governance_analyst","risk_officer"])", R"("ml_governance_analyst risk_officer")") << QByteArray()
        << false;
    QTest::newRow("fail_checks a string, no exception")
        << QByteArray(good).replace(R"("fail_checks":[])", R"("fail_checks":"fairness:age")") << QByteArray() << true;
    QTest::newRow("exception expires_ms a string")
        << failing << QByteArray(R"({"request_id":"REQ-1","package_digest":"d1","covers":["fairness:age"],"reason":"r","expires_ms":"2099-01-01"})")
        << true;
    QTest::newRow("exception covers a string")
        << failing << QByteArray(R"({"request_id":"REQ-1","package_digest":"d1","covers":"fairness:age","reason":"r","expires_ms":4102444800000})")
        << true;
}

void TestRequestState::malformedContentNeverApproves()
{
    // Content that is signed but not shaped as the contract says (another client, a bug, a
    // careless roster member): the state must fail closed, never approve on missing
    // requirements, and never throw.
    QFETCH(QByteArray, packageReceived);
    QFETCH(QByteArray, exception);
    QFETCH(bool, signedOff);
    Run run;
    QVERIFY(runScript({}, run).isEmpty());
    QVERIFY(run.store->append(*m_admin, entry_type::PackageReceived, nlohmann::json::parse(packageReceived.constData()), kT0 + 10));
    if (!exception.isEmpty())
        QVERIFY(run.store->append(m_seeds.at("rick"), entry_type::Exception, nlohmann::json::parse(exception.constData()), kT0 + 11));
    if (signedOff) {
        QVERIFY(run.store->append(m_seeds.at("gina"), entry_type::Decision,
                                  decisionContent(kRequest, "d1", "ml_governance_analyst", "approve"), kT0 + 12));
        QVERIFY(run.store->append(m_seeds.at("rita"), entry_type::Decision, decisionContent(kRequest, "d1", "risk_officer", "approve"), kT0 + 13));
    }
    auto report = verifyStore(*run.store, kT0 + 60'000);
    QVERIFY2(report, why(report).constData());
    std::optional<RequestStatus> status;
    try {
        status = deriveRequestState(kRequest, report->validEntries(), report->roster());
    } catch (const std::exception &e) {
        QFAIL(qPrintable(QStringLiteral("deriveRequestState threw: ") + QString::fromUtf8(e.what())));
    }
    QVERIFY2(status->state != request_state::Approved, status->reasons.empty() ? "" : status->reasons.front().c_str());
}

QTEST_GUILESS_MAIN(TestRequestState)
#include "tst_requeststate.moc"
