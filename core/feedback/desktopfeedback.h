#pragma once

#include "common/outcome.h"
#include "feedbackexport.h"
#include "feedbackstore.h"

#include <QFuture>
#include <QObject>

class QThreadPool;

namespace aistack {

class ConversationStore;
class StorageGate;
struct ConversationTurn;

// The Feedback pane's way into core: every piece of feedback, from the desktop's thumbs and from
// POST /v1/feedback alike (the same store), its changes as they are committed, deletion and export, and the
// turns of the conversation an entry is about. Every slow call runs on core's pool once the storage is
// ready and returns a QFuture (see common/futurewatch.h). Lives on the GUI thread.
class DesktopFeedback : public QObject
{
    Q_OBJECT
public:
    DesktopFeedback(FeedbackStore *store, ConversationStore *conversations, QThreadPool *pool,
                    const StorageGate *gate, QString desktopUserId, QObject *parent = nullptr);

    // The desktop user's id: their conversations open in the Chat pane, others' read-only.
    const QString &desktopUserId() const { return m_desktopUser; }
    bool enabled() const { return m_store && m_store->enabled(); }
    // Every committed change (added, removed), whoever made it.
    FeedbackEvents *events() const;

    QFuture<Outcome<QVector<FeedbackEntry>>> list(const FeedbackFilter &filter = {}) const;
    // The error, empty on success (a row already gone is an error too: "no longer exists").
    QFuture<QString> remove(const QString &id) const;
    // A conversation's turns, whoever owns it (for reading; the pane never changes them).
    QFuture<Outcome<QVector<ConversationTurn>>> turns(const QString &conversationId) const;
    // Writes entries to path in the format; the error, empty on success.
    QFuture<QString> exportTo(const QVector<FeedbackEntry> &entries, FeedbackFormat format,
                              const QString &path) const;

private:
    template <typename T, typename Fn> QFuture<T> gated(Fn fn, T (*failure)(QString)) const;

    FeedbackStore *m_store;
    ConversationStore *m_conversations;
    QThreadPool *m_pool;
    const StorageGate *m_gate;
    QString m_desktopUser;
};

} // namespace aistack
