#include "collectionname.h"

#include <QCryptographicHash>

namespace aistack {

namespace {
constexpr int kMaxLength = 63;

bool allowed(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}
} // namespace

QString collectionName(const QString &owner, const QString &tool)
{
    const QString wanted = owner + QLatin1Char('_') + tool + QStringLiteral("_collection");
    QString safe;
    safe.reserve(wanted.size());
    for (QChar c : wanted)
        safe += allowed(c) ? c : QLatin1Char('-');
    while (!safe.isEmpty() && !safe.front().isLetterOrNumber())
        safe.remove(0, 1);
    while (!safe.isEmpty() && !safe.back().isLetterOrNumber())
        safe.chop(1);
    if (safe == wanted && safe.size() <= kMaxLength && safe.size() >= 3)
        return safe;
    // Changed or too long: keep a readable prefix and add a hash of the exact wanted name.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(wanted.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    safe = safe.left(kMaxLength - hash.size() - 1);
    while (!safe.isEmpty() && !safe.back().isLetterOrNumber())
        safe.chop(1);
    return safe.isEmpty() ? QString(QStringLiteral("c") + hash) : QString(safe + QLatin1Char('_') + hash);
}

} // namespace aistack
