#pragma once

#include "conversations/conversationquery.h"
#include "http/httpexchange.h"
#include "lcsservice.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace aistack {

class LcsService;
class ToolRounds;
class OrderedJson;
struct ChatResult;
struct ToolRun;
struct LlmError;

// One /v1/streaming_query answer: relays the model's tokens as Server-Sent Events in the original's shape
// (start, token..., turn_complete, end) as they arrive, records the turn before `end`, and cancels the model
// call when the client goes away. Lives in the server thread, as a child of the client's socket.
class LcsTurnStream : public QObject
{
    Q_OBJECT
public:
    static void start(std::shared_ptr<const LcsService> service, const ExchangePtr &exchange,
                      const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan);

private:
    LcsTurnStream(std::shared_ptr<const LcsService> service, ExchangePtr exchange, UserIdentity user,
                  ConversationQuery query, TurnPlan plan);
    void open();
    void send(const QString &event, const OrderedJson &data, const OrderedJson *besideData = nullptr);
    void token(const QString &text);
    void toolCalled(const ToolRun &run);
    void toolAnswered(const ToolRun &run);
    void finished(const ChatResult &result);
    void failed(const LlmError &error);
    void end(const ChatResult &result, const LcsService::Recorded &recorded);

    std::shared_ptr<const LcsService> m_service;
    ExchangePtr m_exchange;
    UserIdentity m_user;
    ConversationQuery m_query;
    TurnPlan m_plan;
    QPointer<ToolRounds> m_call;
    bool m_open = false;
    int m_id = 0;
};

} // namespace aistack
