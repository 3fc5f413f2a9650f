#pragma once

// Errors in the core are values, never exceptions: every fallible operation returns a
// Result carrying either its value or one message that names what is wrong and where.

#include <QString>

#include <utility>
#include <variant>

namespace cs {

struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Ok
{
};
using Status = Result<Ok>;

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

} // namespace cs
