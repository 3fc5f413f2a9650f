#include "Policy.h"

#include "util/JsonReader.h"
#include "util/Sha256.h"

#include <QFile>

namespace cs::policy {

Track Policy::domainTrack(const std::string &domain, const std::string &decision) const
{
    const auto it = domains.find(domain);
    if (it == domains.end())
        return Track::Green;
    const DomainTrack &d = it->second;
    if (d.fixed)
        return *d.fixed;
    const auto byDecision = d.byDecision.find(decision);
    if (byDecision != d.byDecision.end())
        return byDecision->second;
    return d.fallback.value_or(Track::Green);
}

std::vector<std::string> Policy::requiredSignoffs(const std::string &kind, Track track) const
{
    const auto k = signoffs.find(kind);
    if (k == signoffs.end())
        return {};
    const auto t = k->second.find(track);
    return t == k->second.end() ? std::vector<std::string>{} : t->second;
}

Policy builtinPolicy()
{
    Policy p;
    p.domains["credit"].fixed = Track::Red;
    p.domains["fraud"].fixed = Track::Red;
    p.domains["hiring"].fixed = Track::Red;
    p.domains["insurance"].fixed = Track::Red;
    p.domains["healthcare"].fixed = Track::Red;
    p.domains["pricing"].byDecision["automated"] = Track::Red;
    p.domains["pricing"].fallback = Track::Yellow;
    p.domains["content_moderation"].fixed = Track::Yellow;
    p.signoffs["ml_model"] = {{Track::Green, {}},
                              {Track::Yellow, {"ml_platform_engineer"}},
                              {Track::Red, {"ml_governance_analyst", "risk_officer"}}};
    p.signoffs["app"] = {{Track::Green, {}},
                         {Track::Yellow, {"security_reviewer"}},
                         {Track::Red, {"security_reviewer", "risk_officer"}}};
    p.signoffs["data_pipeline"] = {{Track::Green, {}},
                                   {Track::Yellow, {"data_steward"}},
                                   {Track::Red, {"data_steward", "risk_officer"}}};
    return p;
}

namespace {

class PolicyParser
{
public:
    explicit PolicyParser(const QString &source) : m_in(source) {}

    Result<Policy> parse(std::string_view bytes)
    {
        Json doc;
        try {
            doc = Json::parse(bytes.begin(), bytes.end());
        } catch (const nlohmann::json::parse_error &e) {
            QString text = QString::fromUtf8(e.what());
            const int cut = text.indexOf(QLatin1Char(']'));
            if (cut >= 0)
                text = text.mid(cut + 1).trimmed();
            return makeError(m_in.source() + QStringLiteral(": not valid JSON (") + text + QLatin1Char(')'));
        }
        if (!doc.is_object())
            return makeError(m_in.source() + QStringLiteral(": expected a JSON object at the top level"));

        Policy p = builtinPolicy();
        const auto schema = m_in.string(doc, "", "schema", Need::Required);
        if (schema && *schema != kPolicySchema)
            m_in.fail("schema", QStringLiteral("unsupported policy schema \"%1\", expected \"%2\"")
                                    .arg(QString::fromStdString(*schema), QString::fromUtf8(kPolicySchema)));
        if (auto name = m_in.string(doc, "", "name"))
            p.name = *name;
        readDomains(doc, p);
        if (auto approved = m_in.stringArray(doc, "", "approved_data_sources"))
            p.approvedDataSources = std::set<std::string>(approved->begin(), approved->end());

        section(doc, "performance", [&](const Json &s) {
            num(s, "performance", "major_change_pct", p.majorChangePct);
            num(s, "performance", "minor_change_pct", p.minorChangePct);
            num(s, "performance", "regression_pct", p.regressionPct);
        });
        section(doc, "threshold", [&](const Json &s) { num(s, "threshold", "major_change", p.thresholdMajorChange); });
        section(doc, "fairness", [&](const Json &s) {
            if (auto v = m_in.integer(s, "fairness", "min_group_size")) {
                if (*v < 0)
                    m_in.fail("fairness.min_group_size", QStringLiteral("must not be negative"));
                else
                    p.minGroupSize = static_cast<std::uint64_t>(*v);
            }
            num(s, "fairness", "disparate_impact_fail", p.disparateImpactFail);
            num(s, "fairness", "disparate_impact_warn", p.disparateImpactWarn);
            num(s, "fairness", "equalized_odds_warn", p.equalizedOddsWarn);
        });
        section(doc, "explainability", [&](const Json &s) {
            num(s, "explainability", "min_stability_spearman", p.minStabilitySpearman);
            num(s, "explainability", "min_top5_overlap", p.minTop5Overlap);
        });
        section(doc, "drift", [&](const Json &s) {
            num(s, "drift", "psi_warn", p.psiWarn);
            num(s, "drift", "psi_info", p.psiInfo);
        });
        section(doc, "metrics", [&](const Json &s) { num(s, "metrics", "reported_tolerance", p.reportedTolerance); });
        section(doc, "cost", [&](const Json &s) { num(s, "cost", "per_1k_increase_warn_pct", p.per1kIncreaseWarnPct); });
        section(doc, "rollback", [&](const Json &s) { num(s, "rollback", "notify_flip_rate", p.notifyFlipRate); });
        section(doc, "sla_hours", [&](const Json &s) {
            for (Track t : {Track::Green, Track::Yellow, Track::Red}) {
                const std::string key = toString(t);
                num(s, "sla_hours", key.c_str(), p.slaHours[t]);
            }
        });
        section(doc, "signoffs", [&](const Json &s) {
            for (const auto &item : s.items()) {
                const std::string kindPath = JsonReader::join("signoffs", item.key().c_str());
                const Json *kind = m_in.object(s, "signoffs", item.key().c_str());
                if (!kind)
                    continue;
                for (Track t : {Track::Green, Track::Yellow, Track::Red}) {
                    const std::string key = toString(t);
                    if (auto roles = m_in.stringArray(*kind, kindPath, key.c_str()))
                        p.signoffs[item.key()][t] = *roles;
                }
            }
        });
        if (m_in.failed())
            return m_in.error();
        p.digest = Sha256::hex(bytes);
        return p;
    }

private:
    template<typename F>
    void section(const Json &doc, const char *key, F read)
    {
        if (const Json *s = m_in.object(doc, "", key))
            read(*s);
    }

    void num(const Json &s, const char *path, const char *key, double &target)
    {
        if (auto v = m_in.number(s, path, key))
            target = *v;
    }

    void readDomains(const Json &doc, Policy &p)
    {
        const Json *domains = m_in.object(doc, "", "domains");
        if (!domains)
            return;
        p.domains.clear(); // a supplied map replaces the default one whole
        for (const auto &item : domains->items()) {
            const std::string path = JsonReader::join("domains", item.key().c_str());
            DomainTrack d;
            if (item.value().is_string()) {
                d.fixed = track(path, item.value());
            } else if (item.value().is_object()) {
                for (const auto &decision : item.value().items()) {
                    const std::string decisionPath = JsonReader::join(path, decision.key().c_str());
                    if (!decision.value().is_string()) {
                        m_in.fail(decisionPath, QStringLiteral("expected \"green\", \"yellow\" or \"red\", got %1")
                                                    .arg(JsonReader::describe(decision.value())));
                        return;
                    }
                    const auto t = track(decisionPath, decision.value());
                    if (!t)
                        return;
                    if (decision.key() == "default")
                        d.fallback = t;
                    else
                        d.byDecision[decision.key()] = *t;
                }
            } else {
                m_in.fail(path, QStringLiteral("expected a track name or an object keyed by decision, got %1")
                                    .arg(JsonReader::describe(item.value())));
                return;
            }
            p.domains[item.key()] = d;
        }
    }

    std::optional<Track> track(const std::string &path, const Json &value)
    {
        const auto t = trackFromString(value.get<std::string>());
        if (!t)
            m_in.fail(path, QStringLiteral("expected \"green\", \"yellow\" or \"red\", got %1").arg(JsonReader::describe(value)));
        return t;
    }

    JsonReader m_in;
};

} // namespace

Result<Policy> parsePolicy(std::string_view bytes, const QString &source)
{
    return PolicyParser(source).parse(bytes);
}

Result<Policy> loadPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read the policy file (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return parsePolicy(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), path);
}

QString defaultPolicyPath()
{
    return QStringLiteral(":/countersign/policy/default-policy.json");
}

Result<Policy> defaultPolicy()
{
    return loadPolicyFile(defaultPolicyPath());
}

} // namespace cs::policy
