#include "stacksessions.h"

#include "auth/sessionstore.h"
#include "llm/tokenestimate.h"
#include "rag/documentlibrary.h"
#include "rag/ingest/ingestionpipeline.h"
#include "rag/store/vectorstore.h"
#include "stackengine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StackSessions)
};

StackError databaseError(const QString &message)
{
    return StackError::make(StackError::Kind::Database, Tr::tr("sessions database: %1").arg(message));
}

StackError::Kind kindOf(IngestedFile::Failure failure)
{
    switch (failure) {
    case IngestedFile::Failure::Document:
        return StackError::Kind::Document;
    case IngestedFile::Failure::Embedding:
        return StackError::Kind::Provider;
    default:
        return StackError::Kind::Store;
    }
}
} // namespace

std::shared_ptr<Stack> StackSessions::stackFor(const Session &session, StackError *error)
{
    if (std::shared_ptr<Stack> stack = m_engine.find(session.clientId))
        return stack;
    if (!session.stackInitialized) {
        *error = StackError::make(
            StackError::Kind::NotInitialized,
            QStringLiteral("Stack session is not initialized; call /sessions?action=init first"));
        return nullptr;
    }
    return m_engine.build(session.clientId, error); // initialised before a restart
}

StackError StackSessions::init(const Session &session)
{
    StackError error;
    if (!m_engine.build(session.clientId, &error))
        return error;
    QString message;
    // Recorded again when the stack was built from another configuration than the one the session names.
    if ((!session.stackInitialized || session.configId != m_store.currentConfigId()) &&
        !m_store.setStackInitialized(session.clientId, true, &message))
        return databaseError(message);
    return error;
}

bool StackSessions::cleanUp(const QString &clientId, QString *error)
{
    if (!m_engine.deleteDocuments(clientId, error))
        return false;
    return m_store.markDocumentsDeleted(clientId, error);
}

StackError StackSessions::close(const Session &session)
{
    if (!m_engine.find(session.clientId) && !session.stackInitialized)
        return StackError::make(
            StackError::Kind::NotInitialized,
            QStringLiteral("Stack session is not initialized; call /sessions?action=init first"));
    if (session.scope == SessionScope::Temporary) {
        if (const StackError e = endTemporary(session.clientId); !e.ok())
            return e;
    } else if (QString message; !m_store.setStackInitialized(session.clientId, false, &message)) {
        return databaseError(message);
    }
    m_engine.remove(session.clientId);
    return {};
}

StackError StackSessions::endTemporary(const QString &clientId)
{
    QString message;
    if (!m_store.deactivate(clientId, &message))
        return databaseError(message);
    // The session has ended; when the store is unreachable now, the reaper deletes the documents later.
    if (!cleanUp(clientId, &message))
        qWarning().noquote() << "documents of ended session" << clientId << "not deleted yet:" << message;
    return {};
}

std::optional<Session> StackSessions::sessionForAction(const QString &clientId, StackError *error)
{
    QString message;
    const std::optional<Session> session = m_store.find(clientId, &message);
    if (!session) {
        *error = message.isEmpty() ? StackError::make(StackError::Kind::NoStack,
                                                      Tr::tr("there is no session %1").arg(clientId))
                                   : databaseError(message);
        return std::nullopt;
    }
    if (!session->active) {
        *error = StackError::make(StackError::Kind::NoStack, Tr::tr("the session has already ended"));
        return std::nullopt;
    }
    return session;
}

StackError StackSessions::closeSession(const QString &clientId)
{
    StackError error;
    const std::optional<Session> session = sessionForAction(clientId, &error);
    if (!session)
        return error;
    if (session->scope == SessionScope::Temporary) {
        error = endTemporary(clientId);
    } else if (QString message; !m_store.setStackInitialized(clientId, false, &message)) {
        error = databaseError(message);
    }
    if (error.ok())
        m_engine.remove(clientId);
    return error;
}

StackError StackSessions::revokeSession(const QString &clientId)
{
    StackError error;
    const std::optional<Session> session = sessionForAction(clientId, &error);
    if (!session)
        return error;
    QString message;
    if (!m_store.revoke(clientId, &message))
        return message.isEmpty() ? StackError::make(StackError::Kind::NoStack,
                                                    Tr::tr("there is no session %1").arg(clientId))
                                 : databaseError(message);
    m_engine.remove(clientId);
    if (session->scope == SessionScope::Temporary && !cleanUp(clientId, &message))
        qWarning().noquote() << "documents of revoked session" << clientId << "not deleted yet:" << message;
    return {};
}

StackReply StackSessions::query(const Session &session, const QString &question)
{
    StackReply reply;
    const std::shared_ptr<Stack> stack = stackFor(session, &reply.error);
    if (!stack)
        return reply;
    reply = stack->answer(question);
    if (reply.error.ok()) // the stack's reply carries no usage: the tokens are estimated from the texts
        m_store.recordActivity(session.clientId, 1, 0, estimateTokens(question) + estimateTokens(reply.text));
    return reply;
}

StoreReply StackSessions::store(const Session &session, const QVector<IngestFile> &files)
{
    StoreReply reply;
    const std::shared_ptr<Stack> stack = stackFor(session, &reply.error);
    if (!stack)
        return reply;
    DocumentLibrary &library = *stack->library();
    const QStringList tools = library.ragTools();
    if (tools.isEmpty()) {
        reply.error = StackError::make(StackError::Kind::NoRagTool,
                                       Tr::tr("the stack has no rag tool to store documents for (add a tool "
                                              "with kind: rag)"));
        return reply;
    }
    QString message;
    const std::optional<IngestTarget> target = library.target(session.clientId, tools.first(), &message);
    if (!target) {
        reply.error = StackError::make(StackError::Kind::Store, message);
        return reply;
    }
    const QVector<IngestedFile> results = IngestionPipeline::run(files, *target, nullptr, {}, {});
    const auto failed =
        std::find_if(results.cbegin(), results.cend(), [](const IngestedFile &r) { return !r.stored; });
    if (failed != results.cend()) {
        for (const IngestedFile &r : results) {
            QString ignored;
            if (r.stored && !r.replaced)
                target->store->deleteDocument(target->collection, r.documentId, &ignored);
        }
        reply.error = StackError::make(kindOf(failed->failure), failed->error);
        return reply;
    }
    reply.tool = tools.first();
    for (const IngestedFile &r : results)
        reply.ids += r.chunkIds;
    m_store.recordActivity(session.clientId, 0, files.size(), 0);
    return reply;
}

StackSessions::ReapReport StackSessions::reap(const SessionsConfig &config, const QDateTime &now)
{
    ReapReport report;
    std::optional<QDateTime> persistentCutoff;
    if (config.persistentIdleDays > 0)
        persistentCutoff = now.addDays(-config.persistentIdleDays);
    const std::optional<QStringList> expired =
        m_store.expireIdle(now.addSecs(-config.temporaryIdleSeconds), persistentCutoff, &report.error);
    if (!expired)
        return report;
    report.expired = int(expired->size());
    for (const QString &id : *expired)
        m_engine.remove(id);
    const std::optional<QVector<Session>> pending = m_store.pendingCleanup(&report.error);
    if (!pending)
        return report;
    for (const Session &s : *pending) {
        if (!cleanUp(s.clientId, &report.error))
            return report; // the store is down: the next round tries again
        ++report.cleaned;
    }
    return report;
}

bool StackSessions::runsLocally(const QString &clientId) const
{
    const std::shared_ptr<Stack> stack = m_engine.find(clientId);
    return stack && stack->runsLocally();
}

} // namespace aistack
