#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace aistack {

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
    QString configId; // the configuration in force when it was given (empty for feedback older than that)
    QString problem;  // set when the stored row could not be read in full (what was wrong with it)
};

// Which feedback a listing returns; an empty field does not filter.
struct FeedbackFilter
{
    std::optional<int> sentiment; // 1 or -1; 0: none given
    QString category;             // rows whose categories include it
    QDateTime from;               // created at or after
    QDateTime to;                 // created before
    QString userId;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::FeedbackEntry)
