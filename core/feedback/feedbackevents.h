#pragma once

#include "feedbackentry.h"

#include <QObject>

namespace aistack {

// What changed in the stored feedback, whoever changed it (an API client through POST /v1/feedback, the
// desktop's thumbs, the Feedback pane). Emitted on the thread that made the change, after it is committed;
// receivers in other threads get it queued.
class FeedbackEvents : public QObject
{
    Q_OBJECT
public:
    explicit FeedbackEvents(QObject *parent = nullptr) : QObject(parent)
    {
        qRegisterMetaType<aistack::FeedbackEntry>();
    }

Q_SIGNALS:
    void added(const aistack::FeedbackEntry &entry);
    void removed(const QString &id);
};

} // namespace aistack
