#include "EntryContent.h"

#include "audit/Entry.h"
#include "audit/Roster.h"

namespace cs::audit {

namespace {

class Shape
{
public:
    explicit Shape(const nlohmann::json &content) : m_content(content) {}

    Shape &string(const char *key, bool nonEmpty = false)
    {
        const auto it = m_content.find(key);
        if (it == m_content.end() || !it->is_string() || (nonEmpty && it->get_ref<const std::string &>().empty()))
            fail(key, nonEmpty ? "a non-empty string" : "a string");
        return *this;
    }
    Shape &strings(const char *key, bool nonEmpty = false)
    {
        const auto it = m_content.find(key);
        bool ok = it != m_content.end() && it->is_array() && (!nonEmpty || !it->empty());
        if (ok) {
            for (const auto &s : *it)
                ok = ok && s.is_string();
        }
        if (!ok)
            fail(key, nonEmpty ? "a non-empty array of strings" : "an array of strings");
        return *this;
    }
    Shape &integer(const char *key)
    {
        const auto it = m_content.find(key);
        if (it == m_content.end() || !it->is_number_integer())
            fail(key, "an integer");
        return *this;
    }
    Result<bool> result() const
    {
        if (m_problem.empty())
            return true;
        return makeError(QString::fromStdString(m_problem));
    }
    void fail(const char *key, const char *expected)
    {
        if (m_problem.empty())
            m_problem = std::string("content.") + key + " must be " + expected;
    }

private:
    const nlohmann::json &m_content;
    std::string m_problem;
};

} // namespace

Result<bool> checkContent(const std::string &type, const nlohmann::json &c)
{
    if (!c.is_object())
        return makeError(QStringLiteral("content must be an object"));
    Shape shape(c);
    if (type == entry_type::Roster)
        return checkRosterContent(c);
    if (type == entry_type::PackageReceived) {
        shape.string("request_id", true).string("package_digest", true).string("name").string("version").string("kind");
        shape.string("submitted_by")
            .string("track", true)
            .strings("required_signoffs")
            .string("policy_digest")
            .strings("fail_checks");
    } else if (type == entry_type::Decision) {
        shape.string("request_id", true)
            .string("package_digest", true)
            .string("policy_digest")
            .string("track")
            .string("role", true);
        shape.string("decision", true).strings("conditions").string("comment");
        const std::string decision = stringMember(c, "decision");
        if (decision != "approve" && decision != "approve_with_conditions" && decision != "request_changes" &&
            decision != "reject")
            shape.fail("decision", "approve, approve_with_conditions, request_changes or reject");
        else if ((decision == "reject" || decision == "request_changes") && stringMember(c, "comment").empty())
            shape.fail("comment", "a non-empty string for a reject or request_changes");
    } else if (type == entry_type::Exception) {
        shape.string("request_id", true)
            .string("package_digest", true)
            .strings("covers", true)
            .string("reason")
            .integer("expires_ms");
    } else if (type == entry_type::Comment) {
        shape.string("request_id", true).string("text");
    } else if (type == entry_type::Withdraw) {
        shape.string("entry", true).string("reason");
    }
    return shape.result();
}

std::string stringMember(const nlohmann::json &object, const char *key, const std::string &fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::vector<std::string> stringArrayMember(const nlohmann::json &object, const char *key)
{
    std::vector<std::string> out;
    if (!object.is_object())
        return out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return out;
    for (const auto &s : *it) {
        if (s.is_string())
            out.push_back(s.get<std::string>());
    }
    return out;
}

} // namespace cs::audit
