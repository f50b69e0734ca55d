#pragma once

#include "answerdetails.h"
#include "conversationevents.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <QWaitCondition>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
class QThread;

namespace aistack {

class ConfigIdentity;
class Database;

// One question and its answer in a conversation.
struct ConversationTurn
{
    qint64 id = 0;            // the row's id, in the order turns were asked
    QString userMessage;      // the query as sent to the model (attachments included)
    QString assistantMessage; // the full answer
    QString systemPrompt;     // the instructions in force for the turn
    QDateTime startedAt;
    QDateTime completedAt;
    QString model;
    QString provider;
    QJsonArray referencedDocuments; // [{"doc_url","doc_title"}]
    AnswerDetails answer;           // how the answer came about (timings, tokens, the passages it was given)
    // Every version of the turn, oldest first, when it was regenerated or edited (the fields above are the
    // selected one); empty when it has only ever had one.
    QVector<TurnVersion> versions;
    int selectedVersion = 0;
    // The short id of the configuration in force when the turn was recorded (ConfigIdentity); empty for
    // turns recorded before configurations had ids.
    QString configId;

    // The fields above as a version, and the reverse.
    TurnVersion asVersion() const;
    void show(const TurnVersion &version);
    int versionCount() const { return versions.isEmpty() ? 1 : int(versions.size()); }
};

// A row of `user_conversation`, the Lightspeed table.
struct ConversationRow
{
    QString id;
    QString userId;
    QString lastUsedModel;
    QString lastUsedProvider;
    QDateTime createdAt;
    QDateTime lastMessageAt;
    int messageCount = 0;
    QString topicSummary;     // the title given on the desktop; empty: the first question stands for it
    bool useDocuments = true; // the desktop's "use my documents" switch
};

// The Lightspeed conversations and their turns, in the application database (SQLite or PostgreSQL).
// Reads block: for worker threads. A database failure is reported through *error and the return value, so
// callers can tell "none" from "the database is down".
class ConversationStore
{
public:
    // identity: the configuration in force, recorded with every turn (none: turns carry no config id).
    explicit ConversationStore(Database &db, const ConfigIdentity *identity = nullptr);
    // Commits the turns still queued, then stops the writer thread.
    ~ConversationStore();

    // The conversation if it exists and belongs to userId.
    std::optional<ConversationRow> find(const QString &id, const QString &userId, QString *error);
    // Who owns a conversation: nullopt with an empty *error when it does not exist.
    std::optional<QString> owner(const QString &id, QString *error);
    std::optional<QVector<ConversationRow>> list(const QString &userId, QString *error);
    std::optional<QVector<ConversationTurn>> turns(const QString &id, QString *error);

    // Called once a turn is committed (empty error) or has failed, on the store's writer thread: keep it
    // short and hand longer work on.
    using Recorded = std::function<void(const QString &error)>;
    // Adds a turn: creates the row with message_count 1, or updates the model, provider, last_message_at
    // and count. Returns at once; `done` follows the commit. One thread writes every turn: each transaction
    // carries all the turns queued while the previous one ran (group commit), and its connection's page
    // cache stays warm because no other connection writes these tables. A turn that fails in a group is
    // retried alone, so one bad turn never fails the others.
    // isNew: the id was just made for this turn, so there is no row to update. A turn without a configId gets
    // the id of the configuration in force.
    void recordTurn(const QString &id, const QString &userId, const ConversationTurn &turn, bool isNew,
                    Recorded done);
    // Removes the row and its turns; false with an empty *error when there was nothing to remove.
    bool remove(const QString &id, QString *error);

    // How the database writes a timestamp in the API: ISO 8601, no zone on SQLite (as SQLAlchemy there),
    // +00:00 on PostgreSQL.
    QString isoTime(const QDateTime &t) const;

    // Who hears of every committed change. Lives in the thread that made the store.
    ConversationEvents *events() { return &m_events; }
    Database &database() const { return m_db; }

private:
    struct Pending;
    // Runs a read and hands each row to `row`; false and *error when the database fails.
    bool select(const QString &sql, const QVariantList &binds,
                const std::function<void(const QSqlQuery &)> &row, QString *error);
    // Commits the batch in one transaction: empty when committed, else the reason (never empty).
    QString commit(const QVector<Pending> &batch);
    void writeQueued(); // the writer thread's loop

    Database &m_db;
    const ConfigIdentity *m_identity;
    ConversationEvents m_events;
    QMutex m_queueMutex;
    QWaitCondition m_queued;
    QVector<Pending> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_writer; // started with the first turn
};

} // namespace aistack
