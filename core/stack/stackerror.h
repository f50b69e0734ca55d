#pragma once

#include "llm/llmerror.h"

#include <QString>
#include <optional>

namespace aistack {

// Why a stack operation failed, typed so that each API layer maps it to its own wire shape.
struct StackError
{
    enum class Kind {
        None,
        NotInitialized, // query, store or close before init
        NoStack,        // the configuration has no usable stack: section (or the file is broken)
        Provider,       // a model provider failed (llm says how)
        Store,          // the vector store failed or cannot be reached
        NoRagTool,      // documents sent to a stack without a rag tool
        Document,       // a file that cannot be read (unsupported, corrupt, empty)
        Database,       // the sessions database failed
    };
    Kind kind = Kind::None;
    QString message;
    std::optional<LlmError> llm;

    bool ok() const { return kind == Kind::None; }
    static StackError make(Kind kind, const QString &message)
    {
        StackError e;
        e.kind = kind;
        e.message = message;
        return e;
    }
};

} // namespace aistack
