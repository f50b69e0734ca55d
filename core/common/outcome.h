#pragma once

#include <QString>

namespace aistack {

// A value, or why there is none: what a slow core call hands back to a pane.
template <typename T> struct Outcome
{
    T value{};
    QString error; // empty: value holds the result

    bool ok() const { return error.isEmpty(); }
    static Outcome success(T v) { return Outcome{std::move(v), QString()}; }
    static Outcome failure(QString why) { return Outcome{T{}, why.isEmpty() ? QStringLiteral("failed") : why}; }
};

} // namespace aistack
