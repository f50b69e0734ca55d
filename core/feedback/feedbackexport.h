#pragma once

#include "feedbackentry.h"

#include <QByteArray>
#include <QVector>

namespace aistack {

enum class FeedbackFormat { Csv, JsonLines };

// Feedback as files other tools read: CSV (RFC 4180: a header row, CRLF line ends, fields with a comma, a
// quote or a line break quoted, quotes doubled) and JSON Lines (one object per line, the original's field
// names plus config_id). Times in UTC, ISO 8601.
namespace FeedbackExport {

QByteArray csv(const QVector<FeedbackEntry> &entries);
QByteArray jsonLines(const QVector<FeedbackEntry> &entries);
inline QByteArray encode(const QVector<FeedbackEntry> &entries, FeedbackFormat format)
{
    return format == FeedbackFormat::Csv ? csv(entries) : jsonLines(entries);
}

} // namespace FeedbackExport

} // namespace aistack
