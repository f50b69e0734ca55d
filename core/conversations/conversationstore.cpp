#include "conversationstore.h"

#include "common/mayblock.h"
#include "common/threadhandoff.h"
#include "config/configidentity.h"
#include "conversationrows.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

namespace aistack {

using namespace ConversationRows;

namespace {
// Text columns are NOT NULL: an absent value is stored as an empty string.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

TurnVersion ConversationTurn::asVersion() const
{
    return TurnVersion{userMessage, assistantMessage,    model, provider, startedAt,
                       completedAt, referencedDocuments, answer};
}

void ConversationTurn::show(const TurnVersion &v)
{
    userMessage = v.userMessage;
    assistantMessage = v.assistantMessage;
    model = v.model;
    provider = v.provider;
    startedAt = v.startedAt;
    completedAt = v.completedAt;
    referencedDocuments = v.referencedDocuments;
    answer = v.answer;
}

QString ConversationStore::isoTime(const QDateTime &t) const
{
    const QString base = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return m_db.isPostgres() ? base + QStringLiteral("+00:00") : base;
}

bool ConversationStore::select(const QString &sql, const QVariantList &binds,
                               const std::function<void(const QSqlQuery &)> &row, QString *error)
{
    AISTACK_BLOCKING();
    if (error)
        error->clear();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        row(q);
    return true;
}

std::optional<ConversationRow> ConversationStore::find(const QString &id, const QString &userId,
                                                       QString *error)
{
    std::optional<ConversationRow> found;
    select(
        QStringLiteral("SELECT %1 FROM user_conversation WHERE id = ? AND user_id = ?").arg(rowColumns()),
        {id, userId}, [&found](const QSqlQuery &q) { found = rowOf(q); }, error);
    return found;
}

std::optional<QString> ConversationStore::owner(const QString &id, QString *error)
{
    std::optional<QString> owner;
    select(
        QStringLiteral("SELECT user_id FROM user_conversation WHERE id = ?"), {id},
        [&owner](const QSqlQuery &q) { owner = q.value(0).toString(); }, error);
    return owner;
}

std::optional<QVector<ConversationRow>> ConversationStore::list(const QString &userId, QString *error)
{
    QVector<ConversationRow> rows;
    if (!select(
            QStringLiteral("SELECT %1 FROM user_conversation WHERE user_id = ?").arg(rowColumns()), {userId},
            [&rows](const QSqlQuery &q) { rows << rowOf(q); }, error))
        return std::nullopt;
    return rows;
}

std::optional<QVector<ConversationTurn>> ConversationStore::turns(const QString &id, QString *error)
{
    QVector<ConversationTurn> turns;
    const bool ok = select(
        QStringLiteral("SELECT %1 FROM conversation_turn WHERE conversation_id = ? ORDER BY id")
            .arg(turnColumns()),
        {id}, [&turns](const QSqlQuery &q) { turns << turnOf(q); }, error);
    if (!ok)
        return std::nullopt;
    return turns;
}

struct ConversationStore::Pending
{
    QString id;
    QString userId;
    ConversationTurn turn;
    bool isNew = false;
    Recorded done;
};

ConversationStore::ConversationStore(Database &db, const ConfigIdentity *identity)
    : m_db(db), m_identity(identity)
{
}

ConversationStore::~ConversationStore()
{
    {
        QMutexLocker lock(&m_queueMutex);
        m_stopping = true;
        m_queued.wakeAll();
    }
    if (m_writer)
        m_writer->wait();
}

QString ConversationStore::commit(const QVector<Pending> &batch)
{
    const auto lock = m_db.writeLock();
    QString error;
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &, QString *err) {
            // Kept statements on SQLite (parsing is a good part of a small write).
            const Database::ReusedQuery update = m_db.reused(
                QStringLiteral("UPDATE user_conversation SET last_used_model = ?, last_used_provider = ?, "
                               "last_message_at = ?, message_count = message_count + 1 "
                               "WHERE id = ? AND user_id = ?"),
                err);
            const Database::ReusedQuery insert = m_db.reused(
                QStringLiteral(
                    "INSERT INTO user_conversation (id, user_id, last_used_model, last_used_provider, "
                    "created_at, last_message_at, message_count) VALUES (?, ?, ?, ?, ?, ?, 1)"),
                err);
            const Database::ReusedQuery add = m_db.reused(
                QStringLiteral("INSERT INTO conversation_turn (conversation_id, user_message, "
                               "assistant_message, system_prompt, started_at, completed_at, model, "
                               "provider, referenced_documents, details, config_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                err);
            if (!update || !insert || !add)
                return false;
            for (const Pending &p : batch) {
                const ConversationTurn &turn = p.turn;
                const QDateTime now =
                    turn.completedAt.isValid() ? turn.completedAt : QDateTime::currentDateTimeUtc();
                const QDateTime started = turn.startedAt.isValid() ? turn.startedAt : now;
                bool updated = false;
                if (!p.isNew) {
                    update->addBindValue(text(turn.model));
                    update->addBindValue(text(turn.provider));
                    update->addBindValue(now);
                    update->addBindValue(p.id);
                    update->addBindValue(p.userId);
                    if (!update->exec())
                        return failed(*update, err);
                    updated = update->numRowsAffected() > 0;
                }
                if (!updated) {
                    insert->addBindValue(p.id);
                    insert->addBindValue(p.userId);
                    insert->addBindValue(text(turn.model));
                    insert->addBindValue(text(turn.provider));
                    insert->addBindValue(started);
                    insert->addBindValue(now);
                    if (!insert->exec())
                        return failed(*insert, err);
                }
                add->addBindValue(p.id);
                add->addBindValue(text(turn.userMessage));
                add->addBindValue(text(turn.assistantMessage));
                add->addBindValue(text(turn.systemPrompt));
                add->addBindValue(started);
                add->addBindValue(now);
                add->addBindValue(text(turn.model));
                add->addBindValue(text(turn.provider));
                add->addBindValue(QString::fromUtf8(
                    QJsonDocument(turn.referencedDocuments).toJson(QJsonDocument::Compact)));
                add->addBindValue(detailsText(turn));
                add->addBindValue(turn.configId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(turn.configId));
                if (!add->exec())
                    return failed(*add, err);
            }
            return true;
        },
        &error);
    if (ok)
        return {};
    // A connection lost between the last statement and the commit fails without a text: the reason is then
    // whatever a new round trip finds (the database cannot be reached), if anything.
    if (error.isEmpty() && !m_db.ping(&error) && !error.isEmpty())
        return error;
    return error.isEmpty() ? QStringLiteral("the turn was not stored") : error;
}

void ConversationStore::recordTurn(const QString &id, const QString &userId, const ConversationTurn &turn,
                                   bool isNew, Recorded done)
{
    QMutexLocker lock(&m_queueMutex);
    if (m_stopping) {
        lock.unlock();
        return done(QStringLiteral("the conversation store is shutting down"));
    }
    m_queue.push_back(Pending{id, userId, turn, isNew, std::move(done)});
    if (m_queue.last().turn.configId.isEmpty() && m_identity)
        m_queue.last().turn.configId = m_identity->current();
    if (!m_writer) {
        m_writer.reset(QThread::create([this]() { writeQueued(); }));
        m_writer->setObjectName(QStringLiteral("aistack-turns"));
        m_writer->start();
    }
    m_queued.wakeOne();
}

void ConversationStore::writeQueued()
{
    constexpr qsizetype kMaxBatch = 512; // bounds the time a transaction holds SQLite's write lock
    QMutexLocker lock(&m_queueMutex);
    for (;;) {
        while (m_queue.isEmpty() && !m_stopping)
            waitOn(m_queued, m_queueMutex);
        if (m_queue.isEmpty())
            return; // stopping, and everything queued is written
        const QVector<Pending> batch = m_queue.mid(0, kMaxBatch);
        m_queue.remove(0, batch.size());
        lock.unlock();
        const QString error = commit(batch);
        for (const Pending &p : batch) { // after a failed group, each turn alone: one bad turn fails no other
            const QString outcome = error.isEmpty() || batch.size() == 1 ? error : commit({p});
            if (outcome.isEmpty())
                Q_EMIT m_events.changed(p.id, p.userId);
            p.done(outcome);
        }
        lock.relock();
    }
}

bool ConversationStore::remove(const QString &id, QString *error)
{
    AISTACK_BLOCKING();
    bool removed = false;
    QString userId;
    const auto lock = m_db.writeLock();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery turns(db);
            turns.prepare(QStringLiteral("DELETE FROM conversation_turn WHERE conversation_id = ?"));
            turns.addBindValue(id);
            if (!turns.exec())
                return failed(turns, err);
            QSqlQuery owner(db);
            owner.prepare(QStringLiteral("SELECT user_id FROM user_conversation WHERE id = ?"));
            owner.addBindValue(id);
            if (!owner.exec())
                return failed(owner, err);
            if (owner.next())
                userId = owner.value(0).toString();
            QSqlQuery row(db);
            row.prepare(QStringLiteral("DELETE FROM user_conversation WHERE id = ?"));
            row.addBindValue(id);
            if (!row.exec())
                return failed(row, err);
            removed = row.numRowsAffected() > 0;
            return true;
        },
        error);
    if (ok && error)
        error->clear();
    if (ok && removed)
        Q_EMIT m_events.removed(id, userId);
    return ok && removed;
}

} // namespace aistack
