#include "desktopchat.h"
#include "common/runonpool.h"

#include "conversationengine.h"
#include "conversationexport.h"
#include "conversationrows.h"
#include "storage/storagegate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopChat)
};
} // namespace

template <typename Fn, typename Failure> auto DesktopChat::run(Fn fn, Failure failure) const
{
    return runOnPool(m_pool, [gate = m_gate, fn = std::move(fn), failure = std::move(failure)]() {
        QString error;
        if (gate && !gate->wait(&error))
            return failure(error);
        return fn();
    });
}

DesktopChat::DesktopChat(ConversationEngine &engine, FeedbackStore *feedback, TranscriptWriter *transcripts,
                         QThreadPool *pool, const StorageGate *gate, QString userId, QObject *parent)
    : QObject(parent), m_engine(engine), m_feedback(feedback), m_transcripts(transcripts), m_pool(pool),
      m_gate(gate), m_conversations(std::make_unique<DesktopConversations>(engine.store()))
{
    m_user.userId = std::move(userId);
    m_user.username = QStringLiteral("desktop");
}

DesktopChat::~DesktopChat() = default;

ConversationEvents *DesktopChat::events() const
{
    return m_engine.store().events();
}

bool DesktopChat::feedbackEnabled() const
{
    return m_feedback && m_feedback->enabled();
}

QFuture<Outcome<QVector<ConversationSummary>>> DesktopChat::conversations(const QString &search) const
{
    DesktopConversations *store = m_conversations.get();
    return run(
        [store, user = m_user.userId, search]() {
            QString error;
            auto rows = store->summaries(user, search, &error);
            return rows ? Outcome<QVector<ConversationSummary>>::success(*rows)
                        : Outcome<QVector<ConversationSummary>>::failure(error);
        },
        [](const QString &e) { return Outcome<QVector<ConversationSummary>>::failure(e); });
}

QFuture<Outcome<ConversationView>> DesktopChat::open(const QString &conversationId) const
{
    ConversationStore *store = &m_engine.store();
    FeedbackStore *feedback = m_feedback;
    return run(
        [store, feedback, user = m_user.userId, conversationId]() {
            using Result = Outcome<ConversationView>;
            QString error;
            ConversationView view;
            const std::optional<ConversationRow> row = store->find(conversationId, user, &error);
            if (!row)
                return Result::failure(error.isEmpty() ? Tr::tr("This conversation no longer exists.")
                                                       : error);
            view.row = *row;
            auto turns = store->turns(conversationId, &error);
            if (!turns)
                return Result::failure(error);
            view.turns = *turns;
            view.title = !row->topicSummary.isEmpty() ? row->topicSummary
                         : view.turns.isEmpty()
                             ? Tr::tr("New conversation")
                             : ConversationRows::titleFromQuestion(view.turns.first().userMessage);
            if (feedback) {
                if (auto given = feedback->forConversation(conversationId, user, &error))
                    view.feedback = *given;
            }
            return Result::success(view);
        },
        [](const QString &e) { return Outcome<ConversationView>::failure(e); });
}

QFuture<QString> DesktopChat::rename(const QString &conversationId, const QString &title) const
{
    DesktopConversations *store = m_conversations.get();
    return run(
        [store, user = m_user.userId, conversationId, title]() {
            QString error;
            store->rename(conversationId, user, title, &error);
            return error;
        },
        [](const QString &e) { return e; });
}

QFuture<QString> DesktopChat::remove(const QString &conversationId) const
{
    ConversationStore *store = &m_engine.store();
    return run(
        [store, user = m_user.userId, conversationId]() {
            QString error;
            const std::optional<QString> owner = store->owner(conversationId, &error);
            if (!error.isEmpty())
                return error;
            if (!owner || *owner != user)
                return Tr::tr("This conversation no longer exists.");
            store->remove(conversationId, &error);
            return error;
        },
        [](const QString &e) { return e; });
}

QFuture<QString> DesktopChat::setUseDocuments(const QString &conversationId, bool use) const
{
    DesktopConversations *store = m_conversations.get();
    return run(
        [store, user = m_user.userId, conversationId, use]() {
            QString error;
            store->setUseDocuments(conversationId, user, use, &error);
            return error;
        },
        [](const QString &e) { return e; });
}

QFuture<QString> DesktopChat::selectVersion(const QString &conversationId, qint64 turnId, int version) const
{
    DesktopConversations *store = m_conversations.get();
    return run(
        [store, user = m_user.userId, conversationId, turnId, version]() {
            QString error;
            store->selectVersion(conversationId, user, turnId, version, &error);
            return error;
        },
        [](const QString &e) { return e; });
}

QFuture<Outcome<QVector<CatalogModel>>> DesktopChat::models() const
{
    ModelCatalog *catalog = &m_engine.catalog();
    return runOnPool(m_pool, [catalog]() {
        using Result = Outcome<QVector<CatalogModel>>;
        QString error;
        const auto all = catalog->models(&error);
        if (!all)
            return Result::failure(error);
        QVector<CatalogModel> llms;
        for (const CatalogModel &m : *all)
            if (m.type == QLatin1String("llm"))
                llms.push_back(m);
        return Result::success(llms);
    });
}

QFuture<QString> DesktopChat::giveFeedback(FeedbackEntry entry) const
{
    FeedbackStore *store = m_feedback;
    entry.userId = m_user.userId;
    return run(
        [store, entry]() {
            if (!store || !store->enabled())
                return Tr::tr(
                    "Feedback is switched off in the configuration (user_data_collection.feedback_enabled).");
            QString error;
            store->store(entry, &error);
            return error;
        },
        [](const QString &e) { return e; });
}

QFuture<QString> DesktopChat::exportTo(const QString &conversationId, ExportFormat format,
                                       const QString &path) const
{
    ConversationStore *store = &m_engine.store();
    return run(
        [store, user = m_user.userId, conversationId, format, path]() {
            QString error;
            const std::optional<ConversationRow> row = store->find(conversationId, user, &error);
            if (!row)
                return error.isEmpty() ? Tr::tr("This conversation no longer exists.") : error;
            const auto turns = store->turns(conversationId, &error);
            if (!turns)
                return error;
            QByteArray bytes;
            if (format == ExportFormat::ApiJson) {
                bytes = ConversationExport::apiHistory(conversationId, *turns, [store](const QDateTime &t) {
                            return store->isoTime(t);
                        }).toJson();
            } else {
                const QString title = !row->topicSummary.isEmpty() ? row->topicSummary
                                      : turns->isEmpty()
                                          ? Tr::tr("New conversation")
                                          : ConversationRows::titleFromQuestion(turns->first().userMessage);
                bytes = ConversationExport::markdown(title, *turns).toUtf8();
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return Tr::tr("%1 could not be written: %2").arg(path, file.errorString());
            return QString();
        },
        [](const QString &e) { return e; });
}

ChatTurn *DesktopChat::ask(const ChatAsk &ask, QObject *parent)
{
    ChatTurn::Parts parts{&m_engine, m_conversations.get(), m_transcripts,        m_pool,
                          m_gate,    m_confirmToolCalls,    &m_alwaysAllowedTools};
    auto *turn = new ChatTurn(parts, m_user, ask, parent);
    turn->start();
    return turn;
}

} // namespace aistack
