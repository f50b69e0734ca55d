#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace aistack::test {

// Writes `rows` feedback rows straight to the database in one transaction, as a busy deployment's table holds
// them (for the Feedback pane's tests and bench): row i is from user "<userPrefix><i % users>", one minute
// after the one before starting 40 days ago, thumbs up when i % 3 == 0 (else down), with the comment
// "comment i", category "incorrect" (odd i) or "unsafe" and "other" (even i), and configuration id configId.
// Blocking: call it on a thread of its own. Returns the error, empty on success.
inline QString writeFeedbackRows(Database *database, int rows, const QString &userPrefix, int users,
                                 const QString &configId)
{
    QSqlDatabase db = database->connection();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO feedback (id, user_id, created_at, conversation_id, user_question, "
                             "llm_response, sentiment, user_feedback, categories, config_id) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-40);
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(QString(userPrefix + QString::number(i % users)));
        q.addBindValue(start.addSecs(i * 60));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(QStringLiteral("Bulk question %1: how do I check the oil level of pump P-%2?").arg(i).arg(i % 90));
        q.addBindValue(QStringLiteral("Check the **sight glass** before the first start of the day:\n\n1. Stop the "
                                      "pump.\n2. Read the level.\n3. Top it up with ISO VG 46 oil (answer %1).")
                           .arg(i));
        q.addBindValue(i % 3 == 0 ? 1 : -1);
        q.addBindValue(QStringLiteral("comment %1").arg(i));
        q.addBindValue(i % 2 ? QStringLiteral("[\"incorrect\"]") : QStringLiteral("[\"unsafe\",\"other\"]"));
        q.addBindValue(configId);
        if (!q.exec())
            return q.lastError().text();
    }
    return db.commit() ? QString() : db.lastError().text();
}

} // namespace aistack::test
