#include "configidentity.h"

#include <QCryptographicHash>

namespace aistack {

ConfigIdentity::ConfigIdentity(QString initial, QObject *parent) : QObject(parent), m_current(std::move(initial)) {}

QString ConfigIdentity::idOf(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
}

QString ConfigIdentity::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

void ConfigIdentity::set(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_current == id)
            return;
        m_current = id;
    }
    Q_EMIT changed(id);
}

} // namespace aistack
