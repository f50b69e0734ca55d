#pragma once

#include <QMetaType>
#include <QString>

namespace aistack {

// A failed provider call, typed so that the API layers can map it to their wire shapes.
struct LlmError
{
    enum class Kind {
        Unauthorized,   // the API key was refused
        ModelNotFound,  // the provider does not know the model (or the model file is missing)
        Unsupported,    // the provider or model cannot do this (e.g. embeddings on a chat server)
        RateLimited,    // 429 after all retries
        Timeout,        // no answer in time
        Unreachable,    // connection refused, DNS failure, TLS failure
        BadReply,       // the provider answered something we cannot read, or an unexpected error status
        PromptTooLong,  // the prompt does not fit the model's context
        NotConfigured,  // no model configured, or the local backend is not built in
        Cancelled,      // the caller cancelled the call
    };

    Kind kind = Kind::BadReply;
    QString provider; // the provider's configured name, e.g. "openai"
    QString message;  // what happened and what the user can do about it
    int httpStatus = 0;
    int retryAfterMs = 0; // from Retry-After, when the provider sent one

    static LlmError make(Kind kind, const QString &provider, const QString &message, int httpStatus = 0)
    {
        LlmError e;
        e.kind = kind;
        e.provider = provider;
        e.message = message;
        e.httpStatus = httpStatus;
        return e;
    }

    static const char *kindName(Kind kind);
    // "<provider>: <message>", for logs and UI.
    QString describe() const;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::LlmError)
