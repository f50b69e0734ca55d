#pragma once

#include "../llmtypes.h"

#include <QByteArray>
#include <memory>
#include <optional>

struct llama_model;

namespace aistack {

// A model's own chat template with tools, through llama.cpp's chat library (libllama-common): the prompt
// that shows the model the tools (and earlier calls and results) in the form the template defines, and the
// model's text parsed back into its answer and the calls it asks for. Made once per loaded model; used by
// the local engine's thread only.
class LlamaToolTemplate
{
public:
    explicit LlamaToolTemplate(const llama_model *model);
    ~LlamaToolTemplate();
    LlamaToolTemplate(const LlamaToolTemplate &) = delete;
    LlamaToolTemplate &operator=(const LlamaToolTemplate &) = delete;

    struct ParserState;
    struct Prompt
    {
        QByteArray text;
        QStringList stops;        // what the template's format adds to the request's stop strings
        bool parsesCalls = false; // the template has a form for tool calls (else the tools are not shown)
        // The words that begin a call in the model's text: text before them may be shown as it comes.
        // streamable: every way a call can begin is such a word.
        QList<QByteArray> callStarts;
        bool streamable = false;
        std::shared_ptr<const ParserState> parser;
    };
    // toolChoice: "", "auto", "required" or "none". nullopt and *error when the template cannot be applied.
    std::optional<Prompt> apply(const QList<ChatMessage> &messages, const QList<ToolSpec> &tools,
                                const QString &toolChoice, QString *error) const;
    // The model's text as its answer and the calls it asks for; false and *error when it cannot be read.
    static bool parse(const Prompt &prompt, const QByteArray &text, QString *content, QList<ToolCall> *calls,
                      QString *error);

private:
    struct Templates;
    std::unique_ptr<Templates> m_templates;
};

} // namespace aistack
