#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>

namespace aistack {

// Names the configuration in force by a short hash of its text, so that what it produced (a KISS session,
// an answer, a feedback item) can be traced back to the stack that produced it. The desktop's Stack pane
// changes it when it applies an edited file. Thread-safe: stores read it on worker threads.
class ConfigIdentity : public QObject
{
    Q_OBJECT
public:
    explicit ConfigIdentity(QString initial = QString(), QObject *parent = nullptr);

    // 12 hexadecimal digits of the SHA-256 of the text: short enough for a table column, long enough that
    // two configurations of one installation never share one.
    static QString idOf(const QByteArray &text);

    QString current() const;
    void set(const QString &id); // emits changed() when the id differs

Q_SIGNALS:
    void changed(const QString &id);

private:
    mutable QMutex m_mutex;
    QString m_current;
};

} // namespace aistack
