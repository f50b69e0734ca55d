#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace aistack {

class Database;

// A Lightspeed user as the desktop's Sessions pane lists them.
struct ConversationUser
{
    QString userId;
    int conversations = 0;
    qint64 turns = 0;
    QDateTime lastActivity;
};

// Who has Lightspeed conversations, read from `user_conversation`. Read-only; blocking: for worker threads.
namespace ConversationUsers {

// Every user with at least one conversation, the most recently active first.
std::optional<QVector<ConversationUser>> list(Database &db, QString *error);
// These users (those that still have conversations).
std::optional<QVector<ConversationUser>> find(Database &db, const QStringList &userIds, QString *error);

} // namespace ConversationUsers

} // namespace aistack
