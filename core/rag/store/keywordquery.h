#pragma once

#include <QString>
#include <QStringList>

namespace aistack {

// A user's question as an FTS5 MATCH expression: its words, lower-cased, without common English stop
// words, each quoted (so FTS5 syntax in the question is taken literally) and joined with OR.
// Empty when the question has no searchable word.
QString keywordQuery(const QString &question, int maxTerms = 24);

// The same terms, each quoted, not yet joined.
QStringList keywordTerms(const QString &question, int maxTerms = 24);

} // namespace aistack
