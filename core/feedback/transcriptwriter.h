#pragma once

#include "config/appconfig.h"
#include "conversations/conversationquery.h"

namespace aistack {

struct ChatResult;

// The transcript of each answered query, as the original writes it:
// `<transcripts_storage>/<user_id>/<conversation_id>/<uuid4>.json`. Blocking: for worker threads.
class TranscriptWriter
{
public:
    explicit TranscriptWriter(const UserDataCollectionConfig &config) : m_config(config) {}

    bool enabled() const { return m_config.transcriptsEnabled; }
    // query: the request as received (provider and model as the client named them, possibly empty).
    // toolRuns: the MCP tool calls made on the way to the answer (`tool_calls`).
    bool write(const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan,
               const QString &answer, const QVector<ToolRun> &toolRuns, QString *error) const;

    static QByteArray content(const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan,
                              const QString &answer, const QVector<ToolRun> &toolRuns, const QDateTime &when);

private:
    UserDataCollectionConfig m_config;
};

} // namespace aistack
