#include "JsonReader.h"

#include <cmath>

namespace cs {

std::string JsonReader::join(const std::string &path, const char *key)
{
    return path.empty() ? std::string(key) : path + '.' + key;
}

std::string JsonReader::index(const std::string &path, std::size_t i)
{
    return path + '[' + std::to_string(i) + ']';
}

QString JsonReader::describe(const Json &value)
{
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    const char *kind = "";
    switch (value.type()) {
    case Json::value_t::object: kind = "an object "; break;
    case Json::value_t::array: kind = "an array "; break;
    case Json::value_t::boolean: kind = "a boolean "; break;
    case Json::value_t::null: return QStringLiteral("null");
    default: break;
    }
    return QString::fromUtf8(kind) + QString::fromUtf8(text);
}

void JsonReader::fail(const std::string &path, const QString &problem)
{
    if (m_error)
        return;
    m_error = m_source + QStringLiteral(": ") + QString::fromStdString(path) + QStringLiteral(": ")
              + problem;
}

void JsonReader::wrongType(const std::string &path, const char *expected, const Json &value)
{
    fail(path, QStringLiteral("expected %1, got %2").arg(QString::fromUtf8(expected), describe(value)));
}

const Json *JsonReader::lookup(const Json &parent, const std::string &path, const char *key, Need need,
                               bool &missing)
{
    missing = false;
    const auto it = parent.is_object() ? parent.find(key) : parent.end();
    if (!parent.is_object() || it == parent.end() || it->is_null()) {
        missing = true;
        if (need == Need::Required)
            fail(join(path, key), QStringLiteral("required but missing"));
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonReader::string(const Json &parent, const std::string &path,
                                              const char *key, Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(join(path, key), "a string", *value);
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<double> JsonReader::number(const Json &parent, const std::string &path, const char *key,
                                         Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        wrongType(join(path, key), "a number", *value);
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        wrongType(join(path, key), "a finite number", *value);
        return std::nullopt;
    }
    return number;
}

std::optional<std::int64_t> JsonReader::integer(const Json &parent, const std::string &path,
                                                const char *key, Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<std::int64_t>();
    if (value->is_number_float()) {
        const double number = value->get<double>();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
            return static_cast<std::int64_t>(number);
    }
    wrongType(join(path, key), "a whole number", *value);
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const Json &parent, const std::string &path, const char *key,
                                        Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        wrongType(join(path, key), "true or false", *value);
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::vector<std::string>> JsonReader::stringArray(const Json &parent,
                                                                const std::string &path,
                                                                const char *key, Need need)
{
    const Json *value = array(parent, path, key, need);
    if (!value)
        return std::nullopt;
    std::vector<std::string> out;
    out.reserve(value->size());
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json &item = (*value)[i];
        if (!item.is_string()) {
            wrongType(index(join(path, key), i), "a string", item);
            return std::nullopt;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const Json *JsonReader::object(const Json &parent, const std::string &path, const char *key, Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return nullptr;
    if (!value->is_object()) {
        wrongType(join(path, key), "an object", *value);
        return nullptr;
    }
    return value;
}

const Json *JsonReader::array(const Json &parent, const std::string &path, const char *key, Need need)
{
    bool missing = false;
    const Json *value = lookup(parent, path, key, need, missing);
    if (!value)
        return nullptr;
    if (!value->is_array()) {
        wrongType(join(path, key), "an array", *value);
        return nullptr;
    }
    return value;
}

} // namespace cs
