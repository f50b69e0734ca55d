#include "ingestitemtable.h"

#include "common/mayblock.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace aistack {

namespace {
const QString kColumns = QStringLiteral("id, tool, path, name, bytes, state, error, document_id, chunks, pages, "
                                        "modified_at, queued_at, updated_at");

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

QDateTime utc(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

IngestItem itemOf(const QSqlQuery &q)
{
    IngestItem i;
    i.id = q.value(0).toLongLong();
    i.tool = q.value(1).toString();
    i.path = q.value(2).toString();
    i.name = q.value(3).toString();
    i.bytes = q.value(4).toLongLong();
    i.state = IngestItem::stateFrom(q.value(5).toString());
    i.error = q.value(6).toString();
    i.documentId = q.value(7).toString();
    i.chunks = q.value(8).toInt();
    i.pages = q.value(9).toInt();
    i.modifiedAt = q.value(10).toLongLong();
    i.queuedAt = utc(q.value(11));
    i.updatedAt = utc(q.value(12));
    i.chunksDone = i.state == IngestItem::State::Stored ? i.chunks : 0;
    return i;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

QString IngestItem::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Parsing:
        return QStringLiteral("parsing");
    case State::Embedding:
        return QStringLiteral("embedding");
    case State::Storing:
        return QStringLiteral("storing");
    case State::Stored:
        return QStringLiteral("stored");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("queued");
}

IngestItem::State IngestItem::stateFrom(const QString &name)
{
    for (State s : {State::Queued, State::Parsing, State::Embedding, State::Storing, State::Stored, State::Failed,
                    State::Skipped, State::Cancelled, State::Removed})
        if (stateName(s) == name)
            return s;
    return State::Queued;
}

std::optional<QVector<IngestItem>> IngestItemTable::select(const QString &where, const QVariantList &binds,
                                                           QString *error)
{
    AISTACK_BLOCKING();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ingest_item %2").arg(kColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<IngestItem> out;
    while (q.next())
        out.push_back(itemOf(q));
    return out;
}

bool IngestItemTable::add(QVector<IngestItem> &items, QString *error)
{
    AISTACK_BLOCKING();
    const auto lock = m_db.writeLock();
    return m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery find(db);
            find.prepare(QStringLiteral("SELECT id, document_id FROM ingest_item WHERE tool = ? AND path = ? "
                                        "ORDER BY id DESC LIMIT 1"));
            QSqlQuery requeue(db);
            requeue.prepare(QStringLiteral("UPDATE ingest_item SET name = ?, bytes = ?, state = ?, error = ?, "
                                           "modified_at = ?, queued_at = ?, updated_at = ? WHERE id = ?"));
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO ingest_item (tool, path, name, bytes, state, error, chunks, "
                                          "pages, modified_at, queued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, "
                                          "0, ?, ?, ?)%1")
                               .arg(m_db.isPostgres() ? QStringLiteral(" RETURNING id") : QString()));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (IngestItem &item : items) {
                item.queuedAt = now;
                item.updatedAt = now;
                find.addBindValue(item.tool);
                find.addBindValue(item.path);
                if (!find.exec())
                    return failed(find, err);
                if (find.next()) {
                    item.id = find.value(0).toLongLong();
                    if (item.documentId.isEmpty())
                        item.documentId = find.value(1).toString(); // the content it replaces
                    find.finish();
                    requeue.addBindValue(item.name);
                    requeue.addBindValue(item.bytes);
                    requeue.addBindValue(IngestItem::stateName(item.state));
                    requeue.addBindValue(nullable(item.error));
                    requeue.addBindValue(item.modifiedAt);
                    requeue.addBindValue(now);
                    requeue.addBindValue(now);
                    requeue.addBindValue(item.id);
                    if (!requeue.exec())
                        return failed(requeue, err);
                    continue;
                }
                find.finish();
                insert.addBindValue(item.tool);
                insert.addBindValue(item.path);
                insert.addBindValue(item.name);
                insert.addBindValue(item.bytes);
                insert.addBindValue(IngestItem::stateName(item.state));
                insert.addBindValue(nullable(item.error));
                insert.addBindValue(item.modifiedAt);
                insert.addBindValue(now);
                insert.addBindValue(now);
                if (!insert.exec())
                    return failed(insert, err);
                if (m_db.isPostgres() && insert.next())
                    item.id = insert.value(0).toLongLong();
                else
                    item.id = insert.lastInsertId().toLongLong();
                insert.finish();
            }
            return true;
        },
        error);
}

bool IngestItemTable::update(const QVector<IngestItem> &items, QString *error)
{
    AISTACK_BLOCKING();
    if (items.isEmpty())
        return true;
    const auto lock = m_db.writeLock();
    return m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE ingest_item SET state = ?, error = ?, document_id = ?, chunks = ?, "
                                     "pages = ?, updated_at = ? WHERE id = ?"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const IngestItem &item : items) {
                q.addBindValue(IngestItem::stateName(item.state));
                q.addBindValue(nullable(item.error));
                q.addBindValue(nullable(item.documentId));
                q.addBindValue(item.chunks);
                q.addBindValue(item.pages);
                q.addBindValue(now);
                q.addBindValue(item.id);
                if (!q.exec())
                    return failed(q, err);
            }
            return true;
        },
        error);
}

std::optional<QVector<IngestItem>> IngestItemTable::queued(int limit, qint64 after, QString *error)
{
    return select(QStringLiteral("WHERE state = 'queued' AND id > ? ORDER BY id LIMIT %1").arg(limit), {after},
                  error);
}

std::optional<QVector<IngestItem>> IngestItemTable::items(const QString &tool, QString *error)
{
    if (tool.isEmpty())
        return select(QStringLiteral("WHERE state <> 'removed' ORDER BY id DESC"), {}, error);
    return select(QStringLiteral("WHERE tool = ? AND state <> 'removed' ORDER BY id DESC"), {tool}, error);
}

std::optional<QVector<IngestItem>> IngestItemTable::byIds(const QVector<qint64> &ids, QString *error)
{
    QVector<IngestItem> out;
    for (qint64 id : ids) {
        const auto rows = select(QStringLiteral("WHERE id = ?"), {id}, error);
        if (!rows)
            return std::nullopt;
        out += *rows;
    }
    return out;
}

std::optional<QVector<IngestItem>> IngestItemTable::under(const QString &tool, const QString &folder, QString *error)
{
    QString prefix = folder;
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    // substr rather than LIKE: paths may hold % and _.
    return select(QStringLiteral("WHERE tool = ? AND substr(path, 1, %1) = ?").arg(prefix.size()), {tool, prefix},
                  error);
}

std::optional<QVector<IngestItem>> IngestItemTable::cancelQueued(QString *error)
{
    AISTACK_BLOCKING();
    auto rows = select(QStringLiteral("WHERE state = 'queued'"), {}, error);
    if (!rows || rows->isEmpty())
        return rows;
    for (IngestItem &item : *rows)
        item.state = IngestItem::State::Cancelled;
    if (!update(*rows, error))
        return std::nullopt;
    return rows;
}

int IngestItemTable::storedReferences(const QString &documentId, qint64 except, QString *error)
{
    const auto rows = select(QStringLiteral("WHERE document_id = ? AND state = 'stored' AND id <> ?"),
                             {documentId, except}, error);
    return rows ? int(rows->size()) : -1;
}

int IngestItemTable::countQueued(QString *error)
{
    AISTACK_BLOCKING();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ingest_item WHERE state = 'queued'")) || !q.next()) {
        failed(q, error);
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<QVector<QPair<QString, QString>>> IngestItemTable::watchedFolders(QString *error)
{
    AISTACK_BLOCKING();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT tool, path FROM watched_folder ORDER BY added_at"))) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

bool IngestItemTable::write(const QString &sql, const QVariantList &binds, QString *error)
{
    AISTACK_BLOCKING();
    const auto lock = m_db.writeLock();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() || failed(q, error);
}

bool IngestItemTable::addWatchedFolder(const QString &tool, const QString &path, QString *error)
{
    return write(QStringLiteral("INSERT INTO watched_folder (tool, path, added_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                                "(SELECT 1 FROM watched_folder WHERE tool = ? AND path = ?)"),
                 {tool, path, QDateTime::currentDateTimeUtc(), tool, path}, error);
}

bool IngestItemTable::removeWatchedFolder(const QString &tool, const QString &path, QString *error)
{
    return write(QStringLiteral("DELETE FROM watched_folder WHERE tool = ? AND path = ?"), {tool, path}, error);
}

} // namespace aistack
