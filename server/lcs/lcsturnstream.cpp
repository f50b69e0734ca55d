#include "lcsturnstream.h"

#include "common/contextguard.h"
#include "conversations/conversationengine.h"
#include "lcserrors.h"
#include "lcsservice.h"
#include "llm/llmcall.h"
#include "llm/llmprovider.h"
#include "mcp/toolrounds.h"

#include <QJsonDocument>

#include <QTcpSocket>

namespace aistack {

LcsTurnStream::LcsTurnStream(std::shared_ptr<const LcsService> service, ExchangePtr exchange,
                             UserIdentity user, ConversationQuery query, TurnPlan plan)
    : QObject(exchange->socket()), m_service(std::move(service)), m_exchange(std::move(exchange)),
      m_user(std::move(user)), m_query(std::move(query)), m_plan(std::move(plan))
{
}

void LcsTurnStream::start(std::shared_ptr<const LcsService> service, const ExchangePtr &exchange,
                          const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan)
{
    if (!exchange->connected())
        return;
    auto *stream = new LcsTurnStream(std::move(service), exchange, user, query, plan);
    ToolRounds *call = stream->m_service->deps().engine->answerLive(plan, stream);
    stream->m_call = call;
    connect(exchange->socket(), &QTcpSocket::disconnected, stream, [stream]() {
        if (stream->m_call)
            stream->m_call->cancel(); // the provider stops generating
        stream->deleteLater();
    });
    connect(call, &ToolRounds::token, stream, &LcsTurnStream::token);
    connect(call, &ToolRounds::toolCalled, stream, &LcsTurnStream::toolCalled);
    connect(call, &ToolRounds::toolAnswered, stream, &LcsTurnStream::toolAnswered);
    connect(call, &ToolRounds::chatFinished, stream, &LcsTurnStream::finished);
    connect(call, &ToolRounds::failed, stream, &LcsTurnStream::failed);
    call->start(true);
}

void LcsTurnStream::send(const QString &event, const OrderedJson &data, const OrderedJson *besideData)
{
    OrderedJson json;
    json.add(QStringLiteral("event"), event).add(QStringLiteral("data"), data);
    if (besideData)
        json.add(QStringLiteral("available_quotas"), *besideData);
    m_exchange->writeChunk("data: " + json.toPythonJson() + "\n\n");
}

// The stream opens with the model's first output, so that a provider that cannot be reached still gets the
// original's JSON error instead of a stream.
void LcsTurnStream::open()
{
    if (m_open)
        return;
    m_open = true;
    m_exchange->beginStream(200, "text/event-stream", {{"X-Accel-Buffering", "no"}});
    send(QStringLiteral("start"),
         OrderedJson().add(QStringLiteral("conversation_id"), m_plan.conversationId));
    send(QStringLiteral("token"),
         OrderedJson().add(QStringLiteral("id"), m_id++).add(QStringLiteral("token"), QString()));
    send(QStringLiteral("token"), OrderedJson()
                                      .add(QStringLiteral("id"), m_id++)
                                      .add(QStringLiteral("role"), QStringLiteral("inference"))
                                      .add(QStringLiteral("token"), QString()));
}

void LcsTurnStream::token(const QString &text)
{
    open();
    send(QStringLiteral("token"), OrderedJson()
                                      .add(QStringLiteral("id"), m_id++)
                                      .add(QStringLiteral("role"), QStringLiteral("inference"))
                                      .add(QStringLiteral("token"), text));
}

// Lightspeed 0.3.0's shapes: the call with its arguments (an object, as the model wrote them) once it is
// complete, and the tool's response.
void LcsTurnStream::toolCalled(const ToolRun &run)
{
    open();
    send(QStringLiteral("tool_call"),
         OrderedJson()
             .add(QStringLiteral("id"), m_id++)
             .add(QStringLiteral("token"), OrderedJson()
                                               .add(QStringLiteral("tool_name"), run.name)
                                               .add(QStringLiteral("arguments"), run.argumentsValue())));
}

void LcsTurnStream::toolAnswered(const ToolRun &run)
{
    open();
    send(QStringLiteral("tool_result"),
         OrderedJson()
             .add(QStringLiteral("id"), m_id++)
             .add(QStringLiteral("token"), OrderedJson()
                                               .add(QStringLiteral("tool_name"), run.name)
                                               .add(QStringLiteral("response"), run.response)));
}

void LcsTurnStream::finished(const ChatResult &result)
{
    open();
    send(QStringLiteral("turn_complete"),
         OrderedJson().add(QStringLiteral("id"), m_id++).add(QStringLiteral("token"), result.text));
    QPointer<LcsTurnStream> self(this); // read only in the server thread
    const std::shared_ptr<const LcsService> service = m_service;
    service->run([service, user = m_user, query = m_query, plan = m_plan,
                  result]() { return service->recordTurnAndWait(user, query, plan, result); },
                 [self, result](const LcsService::Recorded &recorded) {
                     if (self) // dropped when the client has gone
                         self->end(result, recorded);
                 });
}

void LcsTurnStream::end(const ChatResult &result, const LcsService::Recorded &recorded)
{
    if (!recorded.ok()) {
        send(QStringLiteral("error"),
             OrderedJson().add(QStringLiteral("id"), m_id++).add(QStringLiteral("token"), recorded.text()));
    } else {
        const OrderedJson quotas;
        QVector<OrderedJson> documents;
        for (const QJsonValue &d : std::as_const(m_plan.referencedDocuments))
            documents << OrderedJson()
                             .add(QStringLiteral("doc_url"), d[QStringLiteral("doc_url")])
                             .add(QStringLiteral("doc_title"), d[QStringLiteral("doc_title")]);
        send(QStringLiteral("end"),
             OrderedJson()
                 .add(QStringLiteral("referenced_documents"), documents)
                 .add(QStringLiteral("truncated"), QJsonValue())
                 .add(QStringLiteral("input_tokens"), result.usage.promptTokens)
                 .add(QStringLiteral("output_tokens"), result.usage.completionTokens),
             &quotas);
    }
    m_exchange->endStream();
    deleteLater();
}

void LcsTurnStream::failed(const LlmError &error)
{
    if (error.kind == LlmError::Kind::Cancelled) {
        deleteLater();
        return;
    }
    if (!m_open) {
        m_exchange->respond(LcsErrors::fromQuery(ConversationEngine::fromLlm(error)));
    } else {
        send(QStringLiteral("error"),
             OrderedJson().add(QStringLiteral("id"), m_id++).add(QStringLiteral("token"), error.message));
        m_exchange->endStream();
    }
    deleteLater();
}

} // namespace aistack
