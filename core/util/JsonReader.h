#pragma once

// Typed, validated reads out of a JSON document (manifest, policy) that remember the first
// problem with the full key path, e.g. `model.decision_threshold: expected a number, got "0.5x"`.

#include "Result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cs {

using Json = nlohmann::ordered_json;

enum class Need { Required, Optional };

class JsonReader final
{
public:
    // `source` names the document in messages (a file name).
    explicit JsonReader(QString source) : m_source(std::move(source)) {}

    // Each getter reads `parent[key]`; `path` is the parent's key path ("" at the root).
    // Optional values may be absent or null; a present value of the wrong type is an error.
    std::optional<std::string> string(const Json &parent, const std::string &path, const char *key,
                                      Need need = Need::Optional);
    std::optional<double> number(const Json &parent, const std::string &path, const char *key,
                                 Need need = Need::Optional);
    std::optional<std::int64_t> integer(const Json &parent, const std::string &path, const char *key,
                                        Need need = Need::Optional);
    std::optional<bool> boolean(const Json &parent, const std::string &path, const char *key,
                                Need need = Need::Optional);
    std::optional<std::vector<std::string>> stringArray(const Json &parent, const std::string &path,
                                                        const char *key, Need need = Need::Optional);
    // Returns the member if it is an object (or nullptr when absent/null and optional).
    const Json *object(const Json &parent, const std::string &path, const char *key,
                       Need need = Need::Optional);
    const Json *array(const Json &parent, const std::string &path, const char *key,
                      Need need = Need::Optional);

    // Records a problem found by the caller (an allowed-values check, say).
    void fail(const std::string &path, const QString &problem);

    bool failed() const { return m_error.has_value(); }
    const QString &source() const { return m_source; }
    Error error() const { return Error{m_error.value_or(QString())}; }

    static std::string join(const std::string &path, const char *key);
    static std::string index(const std::string &path, std::size_t i);
    // A short rendering of a JSON value for messages.
    static QString describe(const Json &value);

private:
    const Json *lookup(const Json &parent, const std::string &path, const char *key, Need need,
                       bool &missing);
    void wrongType(const std::string &path, const char *expected, const Json &value);

    QString m_source;
    std::optional<QString> m_error;
};

} // namespace cs
