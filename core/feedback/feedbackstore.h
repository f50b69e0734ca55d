#pragma once

#include "config/appconfig.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace aistack {

class Database;

// One piece of user feedback on an answer.
struct FeedbackEntry
{
    QString id; // the file name's UUID
    QString userId;
    QDateTime timestamp;
    QString conversationId;
    QString userQuestion;
    QString llmResponse;
    std::optional<int> sentiment;
    std::optional<QString> userFeedback;
    std::optional<QStringList> categories;
};

// Feedback as the original stores it, `<feedback_storage>/<uuid4>.json` (one line of Python-style JSON),
// and as a row of the `feedback` table, for the desktop. Blocking: for worker threads.
class FeedbackStore
{
public:
    FeedbackStore(const UserDataCollectionConfig &config, Database &db);

    bool enabled() const { return m_config.feedbackEnabled; }
    // Writes the file (atomically), then the row. On failure *error is the OS error text.
    bool store(FeedbackEntry entry, QString *error);

    // The feedback a user gave in one conversation, oldest first (the desktop marks the answers it rated).
    std::optional<QVector<FeedbackEntry>> forConversation(const QString &conversationId, const QString &userId,
                                                         QString *error);

    // The file's bytes for an entry.
    static QByteArray fileContent(const FeedbackEntry &entry);

private:
    UserDataCollectionConfig m_config;
    Database &m_db;
};

} // namespace aistack
