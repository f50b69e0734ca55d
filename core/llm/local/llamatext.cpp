// Small llama.cpp helpers of the local engine: initialisation, tokens, text pieces, chat templates.
#include "llamatext.h"

#include <cstdio>
#include <mutex>

namespace aistack::llamatext {

static void quietLog(ggml_log_level level, const char *text, void *)
{
    if (level == GGML_LOG_LEVEL_ERROR)
        fputs(text, stderr);
}

void initBackendOnce()
{
    static std::once_flag once;
    std::call_once(once, []() {
        llama_log_set(quietLog, nullptr);
        llama_backend_init();
    });
}

qsizetype completeUtf8(const QByteArray &bytes)
{
    qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 4 && back <= n; ++back) {
        const uchar c = uchar(bytes[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte
        const int need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return need > back ? n - back : n;
    }
    return n;
}

std::vector<llama_token> tokenize(const llama_vocab *vocab, const QByteArray &text, bool addSpecial)
{
    std::vector<llama_token> tokens(size_t(text.size()) + 8);
    int n = llama_tokenize(vocab, text.constData(), int(text.size()), tokens.data(), int(tokens.size()), addSpecial, true);
    if (n < 0) {
        tokens.resize(size_t(-n));
        n = llama_tokenize(vocab, text.constData(), int(text.size()), tokens.data(), int(tokens.size()), addSpecial, true);
    }
    tokens.resize(size_t(qMax(0, n)));
    return tokens;
}

QByteArray piece(const llama_vocab *vocab, llama_token token)
{
    char buf[256];
    int n = llama_token_to_piece(vocab, token, buf, sizeof buf, 0, false);
    if (n < 0) {
        QByteArray big(-n, Qt::Uninitialized);
        n = llama_token_to_piece(vocab, token, big.data(), int(big.size()), 0, false);
        return big.left(qMax(0, n));
    }
    return QByteArray(buf, n);
}

QByteArray applyTemplate(const llama_model *model, const QList<ChatMessage> &messages)
{
    std::vector<QByteArray> roles, contents;
    std::vector<llama_chat_message> chat;
    for (const ChatMessage &m : messages) {
        roles.push_back(m.role.toUtf8());
        contents.push_back(m.content.toUtf8());
    }
    for (size_t i = 0; i < roles.size(); ++i)
        chat.push_back({roles[i].constData(), contents[i].constData()});
    const char *own = llama_model_chat_template(model, nullptr);
    for (const char *tmpl : {own, "chatml"}) {
        if (!tmpl)
            continue;
        QByteArray buf(4096, Qt::Uninitialized);
        int n = llama_chat_apply_template(tmpl, chat.data(), chat.size(), true, buf.data(), int(buf.size()));
        if (n > buf.size()) {
            buf.resize(n);
            n = llama_chat_apply_template(tmpl, chat.data(), chat.size(), true, buf.data(), int(buf.size()));
        }
        if (n >= 0)
            return buf.left(n);
    }
    return QByteArray();
}

} // namespace aistack::llamatext
