#pragma once

#include "config/appconfig.h"
#include "feedbackentry.h"
#include "feedbackevents.h"

#include <QVector>

namespace aistack {

class ConfigIdentity;
class Database;

// Feedback as the original stores it, `<feedback_storage>/<uuid4>.json` (one line of Python-style JSON),
// and as a row of the `feedback` table, for the desktop. Blocking: for worker threads.
class FeedbackStore
{
public:
    // identity: the configuration in force, recorded with each new entry (none: entries keep their own).
    FeedbackStore(const UserDataCollectionConfig &config, Database &db, const ConfigIdentity *identity = nullptr);

    bool enabled() const { return m_config.feedbackEnabled; }
    // Every committed change (whoever made it).
    FeedbackEvents *events() { return &m_events; }

    // Writes the file (atomically), then the row, with the configuration id in force. On failure *error is
    // the OS error text. Emits events()->added after the commit.
    bool store(FeedbackEntry entry, QString *error);

    // Feedback matching the filter, newest first. A row that cannot be read in full is listed with its
    // `problem` set.
    std::optional<QVector<FeedbackEntry>> list(const FeedbackFilter &filter, QString *error);

    // The feedback a user gave in one conversation, oldest first (the desktop marks the answers it rated).
    std::optional<QVector<FeedbackEntry>> forConversation(const QString &conversationId, const QString &userId,
                                                         QString *error);

    // Removes the row and its file (one step: the row's deletion commits only once the file is gone, or was
    // gone already). False with an empty *error when there was no such row. Emits events()->removed.
    bool remove(const QString &id, QString *error);

    // The file's bytes for an entry.
    static QByteArray fileContent(const FeedbackEntry &entry);

private:
    std::optional<QVector<FeedbackEntry>> select(const QString &where, const QVariantList &binds,
                                                 const QString &order, QString *error);

    UserDataCollectionConfig m_config;
    Database &m_db;
    const ConfigIdentity *m_identity;
    FeedbackEvents m_events;
};

} // namespace aistack
