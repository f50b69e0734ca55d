#include "localengine.h"

#include "../chatprompt.h"
#include "llamatext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <cmath>
#include <cstring>
#include <llama.h>
#include <mutex>
#include <vector>

namespace aistack {

using namespace llamatext;

namespace {

// Messages for the user, translated in the "LocalProvider" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalProvider)
};

} // namespace

LocalEngine::LocalEngine(LocalSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.modelName.isEmpty())
        m_settings.modelName = QFileInfo(m_settings.modelPath).completeBaseName();
    if (m_settings.threads <= 0)
        m_settings.threads = qMax(1, QThread::idealThreadCount());
    m_thread = std::thread([this]() { run(); });
}

LocalEngine::~LocalEngine()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    for (const Job &job : m_jobs)
        job.channel->failed(unloaded());
    if (m_embed)
        llama_free(m_embed);
    if (m_chat)
        llama_free(m_chat);
    if (m_model)
        llama_model_free(m_model);
}

void LocalEngine::post(std::shared_ptr<CallChannel> channel, std::function<void()> run)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back({std::move(channel), std::move(run)});
    }
    m_wake.notify_one();
}

void LocalEngine::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this]() { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return; // the destructor fails what is still queued
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!job.channel->cancelled()) {
            job.channel->started(); // the end of its wait in the queue
            job.run();
        }
    }
}

LlmError LocalEngine::unloaded() const
{
    return error(int(LlmError::Kind::Cancelled),
                 Tr::tr("The model %1 was unloaded.").arg(m_settings.modelName));
}

bool LocalEngine::shouldStop(CallChannel &channel) const
{
    if (channel.cancelled())
        return true;
    if (!m_stopping)
        return false;
    channel.failed(unloaded());
    return true;
}

LlmError LocalEngine::error(int kind, const QString &message) const
{
    return LlmError::make(LlmError::Kind(kind), QStringLiteral("local"), message);
}

bool LocalEngine::ensureLoaded(LlmError *err)
{
    if (m_chat)
        return true;
    if (!m_loadError.isEmpty()) {
        *err = error(int(LlmError::Kind::ModelNotFound), m_loadError);
        return false;
    }
    initBackendOnce();
    const QFileInfo file(m_settings.modelPath);
    if (!file.isFile()) {
        m_loadError =
            Tr::tr("The model file %1 does not exist; check ai_client.model_path.").arg(m_settings.modelPath);
    } else {
        llama_model_params mp = llama_model_default_params();
        mp.n_gpu_layers = 0;
        m_model = llama_model_load_from_file(file.absoluteFilePath().toLocal8Bit().constData(), mp);
        if (!m_model)
            m_loadError = Tr::tr("The file %1 could not be loaded as a GGUF model (wrong format or damaged).")
                              .arg(m_settings.modelPath);
    }
    if (m_model) {
        llama_context_params cp = llama_context_default_params();
        const int trained = llama_model_n_ctx_train(m_model);
        const int ctx =
            m_settings.contextSize > 0 ? m_settings.contextSize : qMin(trained > 0 ? trained : 4096, 8192);
        cp.n_ctx = uint32_t(ctx);
        cp.n_batch = uint32_t(qMin(ctx, m_settings.batchSize));
        cp.n_threads = m_settings.threads;
        cp.n_threads_batch = m_settings.threads;
        cp.no_perf = true;
        m_chat = llama_init_from_model(m_model, cp);
        if (!m_chat)
            m_loadError =
                Tr::tr("llama.cpp could not create a context of %1 tokens for %2 (ai_client.context_size).")
                    .arg(ctx)
                    .arg(m_settings.modelPath);
    }
    if (!m_chat) {
        *err = error(int(LlmError::Kind::ModelNotFound), m_loadError);
        return false;
    }
#ifdef AISTACK_HAVE_LLAMA_COMMON
    m_toolTemplate = std::make_unique<LlamaToolTemplate>(m_model);
#endif
    return true;
}

bool LocalEngine::ensureEmbeddingContext(LlmError *err)
{
    if (!ensureLoaded(err))
        return false;
    if (m_embed)
        return true;
    llama_context_params cp = llama_context_default_params();
    cp.n_ctx = llama_n_ctx(m_chat);
    cp.n_batch = cp.n_ctx;
    cp.n_ubatch = cp.n_ctx; // a whole text in one pass, so that pooling sees all of it
    cp.n_threads = m_settings.threads;
    cp.n_threads_batch = m_settings.threads;
    cp.embeddings = true;
    cp.pooling_type = LLAMA_POOLING_TYPE_MEAN;
    cp.no_perf = true;
    m_embed = llama_init_from_model(m_model, cp);
    if (!m_embed) {
        *err = error(int(LlmError::Kind::Unsupported),
                     Tr::tr("The model %1 cannot compute embeddings.").arg(m_settings.modelName));
        return false;
    }
    return true;
}

void LocalEngine::chat(const ChatRequest &request, bool stream, std::shared_ptr<CallChannel> channel)
{
    post(channel, [this, request, stream, channel]() { runChat(request, stream, *channel); });
}

void LocalEngine::embed(const QStringList &texts, std::shared_ptr<CallChannel> channel)
{
    post(channel, [this, texts, channel]() { runEmbed(texts, *channel); });
}

void LocalEngine::checkHealth(std::shared_ptr<CallChannel> channel)
{
    post(channel, [this, channel]() {
        LlmError err;
        if (ensureLoaded(&err))
            channel->healthy();
        else
            channel->failed(err);
    });
}

void LocalEngine::runChat(const ChatRequest &request, bool stream, CallChannel &channel)
{
    LlmError err;
    if (!ensureLoaded(&err))
        return channel.failed(err);
    const llama_vocab *vocab = llama_model_get_vocab(m_model);
    QStringList stops = request.stop;
    // With tools: the model's template shows them (through llama.cpp's chat library), and the text is read
    // back as an answer or calls. It streams until it may begin a call (the template's call word); from
    // there it is held back and read once the model stops.
    std::optional<ToolPrompt> toolPrompt = promptWithTools(request);
    if (toolPrompt)
        stops << toolPrompt->stops;
    const QByteArray prompt =
        toolPrompt ? toolPrompt->text : applyTemplate(m_model, renderChatMessages(request));
    const bool streamText = stream && (!toolPrompt || toolPrompt->streamable);
    const std::vector<llama_token> tokens = tokenize(vocab, prompt, true);
    const int nCtx = int(llama_n_ctx(m_chat));
    if (tokens.empty() || int(tokens.size()) >= nCtx)
        return channel.failed(
            error(int(LlmError::Kind::PromptTooLong),
                  Tr::tr("The prompt has %1 tokens; the model's context holds %2 (ai_client.context_size).")
                      .arg(tokens.size())
                      .arg(nCtx)));
    llama_memory_clear(llama_get_memory(m_chat), true);
    const int batch = int(llama_n_batch(m_chat));
    for (size_t at = 0; at < tokens.size(); at += size_t(batch)) {
        const int n = int(qMin(tokens.size() - at, size_t(batch)));
        if (llama_decode(m_chat, llama_batch_get_one(const_cast<llama_token *>(tokens.data() + at), n)) != 0)
            return channel.failed(
                error(int(LlmError::Kind::BadReply), Tr::tr("llama.cpp failed to read the prompt.")));
        if (shouldStop(channel))
            return;
    }

    llama_sampler *sampler = llama_sampler_chain_init(llama_sampler_chain_default_params());
    const double temperature = request.temperature >= 0 ? request.temperature : m_settings.temperature;
    if (temperature <= 0) {
        llama_sampler_chain_add(sampler, llama_sampler_init_greedy());
    } else {
        llama_sampler_chain_add(sampler, llama_sampler_init_top_k(40));
        llama_sampler_chain_add(sampler, llama_sampler_init_top_p(0.95f, 1));
        llama_sampler_chain_add(sampler, llama_sampler_init_min_p(0.05f, 1));
        llama_sampler_chain_add(sampler, llama_sampler_init_temp(float(temperature)));
        llama_sampler_chain_add(sampler, llama_sampler_init_dist(LLAMA_DEFAULT_SEED));
    }
    const int room = nCtx - int(tokens.size());
    const int limit = request.maxTokens > 0 ? qMin(request.maxTokens, room) : room;
    QByteArray text, pending; // pending: bytes not yet emitted (incomplete UTF-8 or a possible stop string)
    QString finish = QStringLiteral("length");
    int generated = 0;
    QString emitted;      // what the caller has been shown
    bool holding = false; // a call may have begun: nothing more is shown until it is read
    const auto emitUpTo = [&](qsizetype bytes) {
        if (bytes <= 0 || holding)
            return;
        const QString piece = QString::fromUtf8(pending.constData(), bytes);
        pending.remove(0, bytes);
        if (streamText) {
            emitted += piece;
            channel.token(piece);
        }
    };
    bool failed = false;
    while (generated < limit) {
        if (shouldStop(channel)) {
            llama_sampler_free(sampler);
            return;
        }
        llama_token next = llama_sampler_sample(sampler, m_chat, -1);
        if (llama_vocab_is_eog(vocab, next)) {
            finish = QStringLiteral("stop");
            break;
        }
        ++generated;
        const QByteArray bytes = piece(vocab, next);
        text += bytes;
        pending += bytes;
        bool stopped = false;
        for (const QString &stop : std::as_const(stops)) {
            const QByteArray s = stop.toUtf8();
            const qsizetype at = s.isEmpty() ? -1 : text.indexOf(s);
            if (at >= 0) {
                const qsizetype cut = text.size() - at;
                text.truncate(at);
                pending.chop(qMin(cut, pending.size()));
                stopped = true;
            }
        }
        if (stopped) {
            finish = QStringLiteral("stop");
            break;
        }
        // Hold back a tail that may begin a stop string, and an incomplete UTF-8 sequence.
        qsizetype safe = completeUtf8(pending);
        for (const QString &stop : std::as_const(stops)) {
            const QByteArray s = stop.toUtf8();
            for (qsizetype k = qMin(s.size() - 1, text.size()); k > 0; --k)
                if (text.endsWith(s.left(k))) {
                    safe = qMin(safe, qMax<qsizetype>(0, pending.size() - k));
                    break;
                }
        }
        if (toolPrompt) {
            for (const QByteArray &start : std::as_const(toolPrompt->callStarts)) {
                holding = holding || text.contains(start);
                for (qsizetype k = qMin(start.size() - 1, text.size()); k > 0; --k)
                    if (text.endsWith(start.left(k))) {
                        safe = qMin(safe, qMax<qsizetype>(0, pending.size() - k));
                        break;
                    }
            }
        }
        emitUpTo(safe);
        if (generated >= limit)
            break;
        if (llama_decode(m_chat, llama_batch_get_one(&next, 1)) != 0) {
            failed = true;
            break;
        }
    }
    llama_sampler_free(sampler);
    if (failed)
        return channel.failed(
            error(int(LlmError::Kind::BadReply), Tr::tr("llama.cpp failed while generating.")));
    emitUpTo(pending.size());
    ChatResult result;
    result.text = QString::fromUtf8(text);
    readToolCalls(toolPrompt, text, &result);
    // What was held back of the answer (all of it when the text could not stream).
    if (toolPrompt && stream && result.text.startsWith(emitted) && result.text.size() > emitted.size())
        channel.token(result.text.mid(emitted.size()));
    result.finishReason = result.toolCalls.isEmpty() ? finish : QStringLiteral("tool_calls");
    result.model = m_settings.modelName;
    result.usage = {int(tokens.size()), generated, TokenUsage::Source::Tokenizer};
    channel.chatFinished(result);
}

std::optional<LocalEngine::ToolPrompt> LocalEngine::promptWithTools(const ChatRequest &request) const
{
#ifdef AISTACK_HAVE_LLAMA_COMMON
    if (request.tools.isEmpty() || !m_toolTemplate)
        return std::nullopt;
    QString why;
    std::optional<LlamaToolTemplate::Prompt> prompt =
        m_toolTemplate->apply(renderChatMessages(request), request.tools, request.toolChoice, &why);
    if (!prompt) {
        qWarning().noquote() << "local model" << m_settings.modelName
                             << "- its template cannot show tools:" << why;
        return std::nullopt;
    }
    return prompt;
#else
    Q_UNUSED(request);
    return std::nullopt;
#endif
}

void LocalEngine::readToolCalls(const std::optional<ToolPrompt> &prompt, const QByteArray &text,
                                ChatResult *result)
{
#ifdef AISTACK_HAVE_LLAMA_COMMON
    if (!prompt || !prompt->parsesCalls)
        return;
    QString content;
    QList<ToolCall> calls;
    QString why;
    if (!LlamaToolTemplate::parse(*prompt, text, &content, &calls, &why)) {
        qWarning().noquote() << "local model: its tool calls could not be read:" << why;
        return; // the text stays the answer
    }
    if (calls.isEmpty())
        return; // an answer: the text as it came (and as it was streamed), not the parser's trimmed copy
    result->text = content;
    result->toolCalls = calls;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(text);
    Q_UNUSED(result);
#endif
}

void LocalEngine::runEmbed(const QStringList &texts, CallChannel &channel)
{
    LlmError err;
    if (!ensureEmbeddingContext(&err))
        return channel.failed(err);
    const llama_vocab *vocab = llama_model_get_vocab(m_model);
    const int nCtx = int(llama_n_ctx(m_embed));
    const int dims = llama_model_n_embd(m_model);
    EmbeddingResult result;
    result.model = m_settings.modelName;
    result.usage.source = TokenUsage::Source::Tokenizer;
    llama_batch batch = llama_batch_init(nCtx, 0, 1);
    for (const QString &text : texts) {
        if (shouldStop(channel))
            break;
        std::vector<llama_token> tokens = tokenize(vocab, text.toUtf8(), true);
        if (int(tokens.size()) > nCtx)
            tokens.resize(size_t(nCtx)); // longer texts are truncated to the context
        result.usage.promptTokens += int(tokens.size());
        QVector<float> v(dims, 0.0f);
        if (!tokens.empty()) {
            llama_memory_clear(llama_get_memory(m_embed), true);
            batch.n_tokens = int(tokens.size());
            for (int i = 0; i < batch.n_tokens; ++i) {
                batch.token[i] = tokens[size_t(i)];
                batch.pos[i] = i;
                batch.n_seq_id[i] = 1;
                batch.seq_id[i][0] = 0;
                batch.logits[i] = 1;
            }
            if (llama_decode(m_embed, batch) != 0) {
                llama_batch_free(batch);
                return channel.failed(
                    error(int(LlmError::Kind::BadReply), Tr::tr("llama.cpp failed to embed a text.")));
            }
            const float *e = llama_get_embeddings_seq(m_embed, 0);
            double norm = 0;
            for (int d = 0; d < dims; ++d)
                norm += double(e[d]) * e[d];
            const float inv = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
            for (int d = 0; d < dims; ++d)
                v[d] = e[d] * inv;
        }
        result.vectors.append(v);
    }
    llama_batch_free(batch);
    if (!channel.cancelled() && !m_stopping)
        channel.embeddingsFinished(result);
}

} // namespace aistack
