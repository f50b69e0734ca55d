#include "llamatooltemplate.h"

#include <llama-common/chat.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace aistack {

struct LlamaToolTemplate::Templates
{
    common_chat_templates_ptr templates;
};

struct LlamaToolTemplate::ParserState
{
    common_chat_parser_params params;
};

LlamaToolTemplate::LlamaToolTemplate(const llama_model *model)
    : m_templates(std::make_unique<Templates>(Templates{common_chat_templates_init(model, std::string())}))
{
}

LlamaToolTemplate::~LlamaToolTemplate() = default;

namespace {
common_chat_msg messageOf(const ChatMessage &m)
{
    common_chat_msg out;
    out.role = m.role.toStdString();
    out.content = m.content.toStdString();
    out.tool_call_id = m.toolCallId.toStdString();
    for (const ToolCall &c : m.toolCalls)
        out.tool_calls.push_back({c.name.toStdString(), c.arguments.toStdString(), c.id.toStdString()});
    return out;
}
} // namespace

std::optional<LlamaToolTemplate::Prompt> LlamaToolTemplate::apply(const QList<ChatMessage> &messages,
                                                                  const QList<ToolSpec> &tools,
                                                                  const QString &toolChoice,
                                                                  QString *error) const
{
    common_chat_templates_inputs inputs;
    for (const ChatMessage &m : messages)
        inputs.messages.push_back(messageOf(m));
    for (const ToolSpec &t : tools) {
        QJsonObject parameters = t.parameters;
        if (parameters.isEmpty())
            parameters = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        inputs.tools.push_back({t.name.toStdString(), t.description.toStdString(),
                                QJsonDocument(parameters).toJson(QJsonDocument::Compact).toStdString()});
    }
    inputs.tool_choice = toolChoice == QLatin1String("required") ? COMMON_CHAT_TOOL_CHOICE_REQUIRED
                         : toolChoice == QLatin1String("none")   ? COMMON_CHAT_TOOL_CHOICE_NONE
                                                                 : COMMON_CHAT_TOOL_CHOICE_AUTO;
    inputs.parallel_tool_calls = true;
    inputs.enable_thinking = false;
    try {
        const common_chat_params params = common_chat_templates_apply(m_templates->templates.get(), inputs);
        Prompt prompt;
        prompt.text = QByteArray::fromStdString(params.prompt);
        for (const std::string &stop : params.additional_stops)
            prompt.stops << QString::fromStdString(stop);
        prompt.parsesCalls = !params.parser.empty() && params.format != COMMON_CHAT_FORMAT_CONTENT_ONLY;
        prompt.streamable = true;
        for (const common_grammar_trigger &trigger : params.grammar_triggers) {
            if (trigger.type == COMMON_GRAMMAR_TRIGGER_TYPE_WORD && !trigger.value.empty())
                prompt.callStarts << QByteArray::fromStdString(trigger.value);
            else
                prompt.streamable = false; // a pattern or a token: not a plain word to watch for
        }
        prompt.streamable = prompt.streamable && (!prompt.callStarts.isEmpty() || !prompt.parsesCalls);
        auto state = std::make_shared<ParserState>();
        state->params = common_chat_parser_params(params);
        if (!params.parser.empty())
            state->params.parser.load(params.parser);
        prompt.parser = std::move(state);
        return prompt;
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

bool LlamaToolTemplate::parse(const Prompt &prompt, const QByteArray &text, QString *content,
                              QList<ToolCall> *calls, QString *error)
{
    try {
        const common_chat_msg msg = common_chat_parse(text.toStdString(), false, prompt.parser->params);
        *content = QString::fromStdString(msg.content);
        for (const common_chat_tool_call &c : msg.tool_calls)
            calls->append(ToolCall{QString::fromStdString(c.id), QString::fromStdString(c.name),
                                   QString::fromStdString(c.arguments)});
        return true;
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace aistack
