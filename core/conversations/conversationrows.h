#pragma once

#include "conversationstore.h"

class QSqlQuery;
class QVariant;

namespace aistack {

// How conversation rows and turns are read from and written to their tables; shared by the stores that use
// them.
namespace ConversationRows {

// The columns rowOf reads, in its order (no table prefix; `prefix` puts one before each, e.g. "c.").
QString rowColumns(const QString &prefix = {});
ConversationRow rowOf(const QSqlQuery &q, int first = 0);

// The columns turnOf reads, in its order.
QString turnColumns(const QString &prefix = {});
ConversationTurn turnOf(const QSqlQuery &q, int first = 0);

// The `details` column of a turn: its answer's details and, when it has several, its versions.
QString detailsText(const ConversationTurn &turn);

QDateTime timeOf(const QVariant &v);

// A conversation's title before it is renamed: its first question, on one line, shortened at a word.
QString titleFromQuestion(const QString &question, int maxChars = 60);

} // namespace ConversationRows

} // namespace aistack
