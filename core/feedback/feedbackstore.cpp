#include "feedbackstore.h"

#include "common/mayblock.h"
#include "common/orderedjson.h"
#include "config/configidentity.h"
#include "pythontime.h"
#include "storage/database.h"
#include "userdatafile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace aistack {

FeedbackStore::FeedbackStore(const UserDataCollectionConfig &config, Database &db, const ConfigIdentity *identity)
    : m_config(config), m_db(db), m_identity(identity)
{
}

QByteArray FeedbackStore::fileContent(const FeedbackEntry &e)
{
    OrderedJson json;
    json.add(QStringLiteral("user_id"), e.userId)
        .add(QStringLiteral("timestamp"), PythonTime::str(e.timestamp))
        .add(QStringLiteral("conversation_id"), e.conversationId)
        .add(QStringLiteral("user_question"), e.userQuestion)
        .add(QStringLiteral("llm_response"), e.llmResponse)
        .add(QStringLiteral("sentiment"), orNull(e.sentiment))
        .add(QStringLiteral("user_feedback"), orNull(e.userFeedback))
        .add(QStringLiteral("categories"),
             e.categories ? QJsonValue(QJsonArray::fromStringList(*e.categories)) : QJsonValue());
    return json.toPythonJson();
}

bool FeedbackStore::store(FeedbackEntry entry, QString *error)
{
    AISTACK_BLOCKING();
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.timestamp.isValid())
        entry.timestamp = QDateTime::currentDateTimeUtc();
    if (m_identity)
        entry.configId = m_identity->current();
    if (!UserDataFile::write(m_config.feedbackStorage.value_or(QString()), entry.id + QStringLiteral(".json"),
                             fileContent(entry), error))
        return false;
    // The file and the row stand or fall together: a row that cannot be written takes its file back, so a
    // client told that its feedback was not stored finds none of it afterwards.
    const QString file =
        QDir(m_config.feedbackStorage.value_or(QString())).filePath(entry.id + QStringLiteral(".json"));
    const auto lock = m_db.writeLock();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen()) {
        QFile::remove(file);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO feedback (id, user_id, created_at, conversation_id, user_question, "
        "llm_response, sentiment, user_feedback, categories, config_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(entry.userId);
    q.addBindValue(entry.timestamp.toUTC());
    q.addBindValue(entry.conversationId);
    q.addBindValue(entry.userQuestion);
    q.addBindValue(entry.llmResponse);
    q.addBindValue(entry.sentiment ? QVariant(*entry.sentiment) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(entry.userFeedback ? QVariant(*entry.userFeedback)
                                      : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(entry.categories ? QVariant(QString::fromUtf8(
                                          QJsonDocument(QJsonArray::fromStringList(*entry.categories))
                                              .toJson(QJsonDocument::Compact)))
                                    : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(entry.configId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.configId));
    if (!q.exec()) {
        *error = q.lastError().text();
        QFile::remove(file);
        return false;
    }
    Q_EMIT m_events.added(entry);
    return true;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackStore)
};

const char *const kColumns = "id, user_id, created_at, conversation_id, user_question, llm_response, sentiment, "
                             "user_feedback, categories, config_id";

// One row of the columns above.
FeedbackEntry readRow(const QSqlQuery &q)
{
    FeedbackEntry e;
    e.id = q.value(0).toString();
    e.userId = q.value(1).toString();
    const QVariant time = q.value(2);
    e.timestamp = time.toDateTime();
    if (!e.timestamp.isValid()) {
        e.problem = Tr::tr("The time \"%1\" is not a valid time.").arg(time.toString());
    } else if (time.typeId() == QMetaType::QString && e.timestamp.timeSpec() == Qt::LocalTime) {
        // SQLite's text without a zone (as SQLAlchemy writes it) is UTC; PostgreSQL hands over the instant.
        e.timestamp.setTimeSpec(Qt::UTC);
    }
    e.conversationId = q.value(3).toString();
    e.userQuestion = q.value(4).toString();
    e.llmResponse = q.value(5).toString();
    if (!q.value(6).isNull()) {
        bool ok = false;
        const int sentiment = q.value(6).toInt(&ok);
        if (ok && (sentiment == 1 || sentiment == -1))
            e.sentiment = sentiment;
        else
            e.problem = Tr::tr("The sentiment \"%1\" is neither 1 nor -1.").arg(q.value(6).toString());
    }
    if (!q.value(7).isNull())
        e.userFeedback = q.value(7).toString();
    if (!q.value(8).isNull()) {
        const QByteArray text = q.value(8).toByteArray();
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
        QStringList categories;
        bool readable = doc.isArray();
        for (const QJsonValue &v : doc.array()) {
            readable = readable && v.isString();
            categories << v.toString();
        }
        if (readable) {
            e.categories = categories;
        } else {
            e.categories = QStringList{QString::fromUtf8(text)};
            e.problem = Tr::tr("The categories \"%1\" are not a list of names.").arg(QString::fromUtf8(text));
        }
    }
    e.configId = q.value(9).toString();
    return e;
}
} // namespace

std::optional<QVector<FeedbackEntry>> FeedbackStore::select(const QString &where, const QVariantList &binds,
                                                            const QString &order, QString *error)
{
    AISTACK_BLOCKING();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM feedback%2 ORDER BY %3")
                  .arg(QLatin1String(kColumns), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where,
                       order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<FeedbackEntry> out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

std::optional<QVector<FeedbackEntry>> FeedbackStore::list(const FeedbackFilter &filter, QString *error)
{
    AISTACK_BLOCKING();
    QStringList where;
    QVariantList binds;
    if (filter.sentiment) {
        if (*filter.sentiment == 0) {
            where << QStringLiteral("sentiment IS NULL");
        } else {
            where << QStringLiteral("sentiment = ?");
            binds << *filter.sentiment;
        }
    }
    if (!filter.userId.isEmpty()) {
        where << QStringLiteral("user_id = ?");
        binds << filter.userId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << filter.from.toUTC();
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << filter.to.toUTC();
    }
    if (!filter.category.isEmpty()) {
        // The JSON text holds the name in quotes; the exact test follows on the parsed list.
        where << QStringLiteral("categories LIKE ?");
        binds << QStringLiteral("%\"%1\"%").arg(filter.category);
    }
    auto rows = select(where.join(QStringLiteral(" AND ")), binds, QStringLiteral("created_at DESC, id"), error);
    if (rows && !filter.category.isEmpty())
        rows->erase(std::remove_if(rows->begin(), rows->end(),
                                   [&](const FeedbackEntry &e) {
                                       return !e.categories || !e.categories->contains(filter.category);
                                   }),
                    rows->end());
    return rows;
}

std::optional<QVector<FeedbackEntry>> FeedbackStore::forConversation(const QString &conversationId,
                                                                     const QString &userId, QString *error)
{
    AISTACK_BLOCKING();
    return select(QStringLiteral("conversation_id = ? AND user_id = ?"), {conversationId, userId},
                  QStringLiteral("created_at"), error);
}

bool FeedbackStore::remove(const QString &id, QString *error)
{
    AISTACK_BLOCKING();
    error->clear();
    bool removed = false;
    const auto lock = m_db.writeLock();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM feedback WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            removed = q.numRowsAffected() > 0;
            // Only a UUID names a file store() wrote; anything else could lead out of the folder.
            const QString dir = m_config.feedbackStorage.value_or(QString());
            if (!removed || dir.isEmpty() || QUuid::fromString(id).isNull())
                return true;
            QFile file(QDir(dir).filePath(id + QStringLiteral(".json")));
            if (file.exists() && !file.remove()) {
                *err = Tr::tr("%1 could not be removed: %2").arg(file.fileName(), file.errorString());
                return false;
            }
            return true;
        },
        error);
    if (ok && removed)
        Q_EMIT m_events.removed(id);
    return ok && removed;
}

} // namespace aistack
