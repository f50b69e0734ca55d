#pragma once

#include <QObject>
#include <QString>

namespace aistack {

// What changed in the stored conversations, whoever changed them (an API client, the desktop). Emitted on the
// thread that made the change, after the change is committed; receivers in other threads get it queued.
class ConversationEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // The conversation gained a turn, or a turn, its title or its options changed.
    void changed(const QString &conversationId, const QString &userId);
    void removed(const QString &conversationId, const QString &userId);
};

} // namespace aistack
