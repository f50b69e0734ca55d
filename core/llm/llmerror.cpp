#include "llmerror.h"

namespace aistack {

const char *LlmError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized: return "unauthorized";
    case Kind::ModelNotFound: return "model_not_found";
    case Kind::Unsupported: return "unsupported";
    case Kind::RateLimited: return "rate_limited";
    case Kind::Timeout: return "timeout";
    case Kind::Unreachable: return "unreachable";
    case Kind::BadReply: return "bad_reply";
    case Kind::PromptTooLong: return "prompt_too_long";
    case Kind::NotConfigured: return "not_configured";
    case Kind::Cancelled: return "cancelled";
    }
    return "unknown";
}

QString LlmError::describe() const
{
    return provider.isEmpty() ? message : provider + QStringLiteral(": ") + message;
}

} // namespace aistack
