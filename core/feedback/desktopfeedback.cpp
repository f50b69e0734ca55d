#include "desktopfeedback.h"
#include "common/runonpool.h"

#include "conversations/conversationstore.h"
#include "storage/storagegate.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopFeedback)
};

QString asError(QString error)
{
    return error;
}
} // namespace

DesktopFeedback::DesktopFeedback(FeedbackStore *store, ConversationStore *conversations, QThreadPool *pool,
                                 const StorageGate *gate, QString desktopUserId, QObject *parent)
    : QObject(parent), m_store(store), m_conversations(conversations), m_pool(pool), m_gate(gate),
      m_desktopUser(std::move(desktopUserId))
{
}

FeedbackEvents *DesktopFeedback::events() const
{
    return m_store ? m_store->events() : nullptr;
}

// Runs fn on the pool once the schema is in place; a storage that failed gives failure(reason).
template <typename T, typename Fn> QFuture<T> DesktopFeedback::gated(Fn fn, T (*failure)(QString)) const
{
    return runOnPool(m_pool, [gate = m_gate, fn = std::move(fn), failure]() -> T {
        QString error;
        return gate && !gate->wait(&error) ? failure(error) : fn();
    });
}

QFuture<Outcome<QVector<FeedbackEntry>>> DesktopFeedback::list(const FeedbackFilter &filter) const
{
    using Result = Outcome<QVector<FeedbackEntry>>;
    FeedbackStore *store = m_store;
    return gated<Result>(
        [store, filter]() {
            if (!store)
                return Result::success({});
            QString error;
            auto rows = store->list(filter, &error);
            return rows ? Result::success(*rows) : Result::failure(error);
        },
        &Result::failure);
}

QFuture<QString> DesktopFeedback::remove(const QString &id) const
{
    FeedbackStore *store = m_store;
    return gated<QString>(
        [store, id]() {
            QString error;
            if (store && !store->remove(id, &error) && error.isEmpty())
                error = Tr::tr("This feedback no longer exists.");
            return error;
        },
        &asError);
}

QFuture<Outcome<QVector<ConversationTurn>>> DesktopFeedback::turns(const QString &conversationId) const
{
    using Result = Outcome<QVector<ConversationTurn>>;
    ConversationStore *store = m_conversations;
    return gated<Result>(
        [store, conversationId]() {
            QString error;
            const std::optional<QString> owner = store->owner(conversationId, &error);
            if (!owner)
                return Result::failure(error.isEmpty() ? Tr::tr("This conversation no longer exists.")
                                                       : error);
            auto turns = store->turns(conversationId, &error);
            return turns ? Result::success(*turns) : Result::failure(error);
        },
        &Result::failure);
}

QFuture<QString> DesktopFeedback::exportTo(const QVector<FeedbackEntry> &entries, FeedbackFormat format,
                                           const QString &path) const
{
    return runOnPool(m_pool, [entries, format, path]() {
        const QByteArray bytes = FeedbackExport::encode(entries, format);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Tr::tr("%1 could not be written: %2").arg(path, file.errorString());
        return QString();
    });
}

} // namespace aistack
