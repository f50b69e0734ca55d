// The parts of core/llm that need no model server: SSE decoding, the OpenAI wire format, prompt
// rendering, the no-model answers, call semantics, and how the registry picks providers from config.
#include "callwaiter.h"
#include "config/configloader.h"
#include "llm/chatprompt.h"
#include "llm/extractiveanswer.h"
#include "llm/nomodelprovider.h"
#include "llm/openai/openaiprovider.h"
#include "llm/openai/openaiwire.h"

#include "common/ssedecoder.h"
#include "llm/providerregistry.h"
#include "metrics/metricsregistry.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QThreadPool>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

class TestLlmBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sseDecoderHandlesSplitsCommentsAndLineEnds()
    {
        SseDecoder d;
        const QByteArray stream =
            ": keep-alive\r\n\r\ndata: {\"a\":1}\r\n\r\nevent: x\ndata: line1\ndata: line2\n\n"
            "data: [DONE]\r\r";
        // Byte by byte: every split point.
        QList<SseDecoder::Event> events;
        for (char c : stream)
            events << d.feed(QByteArray(1, c));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].data, QByteArray("{\"a\":1}"));
        QCOMPARE(events[1].name, QByteArray("x"));
        QCOMPARE(events[1].data, QByteArray("line1\nline2"));
        QCOMPARE(events[2].data, QByteArray("[DONE]"));
        QCOMPARE(d.pending(), 0);
        // All at once gives the same.
        SseDecoder whole;
        QCOMPARE(whole.feed(stream).size(), 3);
    }

    void chunkParsing()
    {
        openaiwire::ChunkState state;
        QString delta;
        LlmError error;
        QVERIFY(openaiwire::parseChunk(R"({"model":"m","choices":[{"delta":{"content":"Hel"}}]})",
                                       QStringLiteral("openai"), &delta, &state, &error));
        QVERIFY(openaiwire::parseChunk(R"({"choices":[{"delta":{"content":"lo"},"finish_reason":"stop"}]})",
                                       QStringLiteral("openai"), &delta, &state, &error));
        QVERIFY(openaiwire::parseChunk(R"({"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":2}})",
                                       QStringLiteral("openai"), &delta, &state, &error));
        QCOMPARE(delta, QStringLiteral("Hello"));
        QCOMPARE(state.finishReason, QStringLiteral("stop"));
        QCOMPARE(state.model, QStringLiteral("m"));
        QVERIFY(state.hasUsage);
        QCOMPARE(state.usage.promptTokens, 7);
        QVERIFY(!openaiwire::parseChunk("{broken", QStringLiteral("openai"), &delta, &state, &error));
        QCOMPARE(error.kind, LlmError::Kind::BadReply);
        QVERIFY(!openaiwire::parseChunk(R"({"error":{"message":"boom"}})", QStringLiteral("openai"), &delta,
                                        &state, &error));
        QVERIFY(error.message.contains(QLatin1String("boom")));
    }

    // A streamed tool call comes in pieces: the id and name once, the arguments in parts, keyed by index.
    void streamedToolCallsAreAssembled()
    {
        openaiwire::ChunkState state;
        QString delta;
        LlmError error;
        const QString p = QStringLiteral("openai");
        QVERIFY(openaiwire::parseChunk(
            "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c1\",\"type\":\"function\","
            "\"function\":{\"name\":\"echo\",\"arguments\":\"{\\\"mess\"}}]}}]}",
            p, &delta, &state, &error));
        QVERIFY(openaiwire::parseChunk(
            R"({"choices":[{"delta":{"tool_calls":[{"index":1,"id":"c2","function":{"name":"get-sum","arguments":"{}"}}]}}]})",
            p, &delta, &state, &error));
        QVERIFY(openaiwire::parseChunk(
            "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"age\\\":"
            "\\\"hi\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}]}",
            p, &delta, &state, &error));
        QCOMPARE(state.toolCalls.size(), 2);
        QCOMPARE(state.toolCalls[0].id, QStringLiteral("c1"));
        QCOMPARE(state.toolCalls[0].name, QStringLiteral("echo"));
        QCOMPARE(state.toolCalls[0].arguments, QStringLiteral(R"({"message":"hi"})"));
        QCOMPARE(state.toolCalls[1].name, QStringLiteral("get-sum"));
        QCOMPARE(state.finishReason, QStringLiteral("tool_calls"));
        QVERIFY(delta.isEmpty());
        // An index no model would send is a reply that cannot be read, not a huge allocation.
        QVERIFY(!openaiwire::parseChunk(R"({"choices":[{"delta":{"tool_calls":[{"index":100000}]}}]})", p,
                                        &delta, &state, &error));
        QCOMPARE(error.kind, LlmError::Kind::BadReply);
    }

    void toolCallsGoOutAndComeBackInOpenAisShapes()
    {
        ChatRequest r;
        r.messages << ChatMessage{QStringLiteral("user"), QStringLiteral("echo hi"), {}, {}};
        r.messages << ChatMessage{
            QStringLiteral("assistant"),
            QString(),
            {ToolCall{QStringLiteral("c1"), QStringLiteral("echo"), QStringLiteral(R"({"message":"hi"})")}},
            {}};
        r.messages << ChatMessage{
            QStringLiteral("tool"), QStringLiteral("Echo: hi"), {}, QStringLiteral("c1")};
        r.tools << ToolSpec{QStringLiteral("echo"), QStringLiteral("Echoes"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}},
                            QStringLiteral("json")};
        r.toolChoice = QStringLiteral("required");
        const QJsonObject body =
            QJsonDocument::fromJson(openaiwire::chatBody(r, QStringLiteral("m"), false)).object();
        const QJsonArray messages = body[QStringLiteral("messages")].toArray();
        QCOMPARE(messages[1][QStringLiteral("content")].type(), QJsonValue::Null);
        QCOMPARE(
            messages[1][QStringLiteral("tool_calls")][0][QStringLiteral("function")][QStringLiteral("name")]
                .toString(),
            QStringLiteral("echo"));
        QCOMPARE(messages[2][QStringLiteral("tool_call_id")].toString(), QStringLiteral("c1"));
        QCOMPARE(
            body[QStringLiteral("tools")][0][QStringLiteral("function")][QStringLiteral("name")].toString(),
            QStringLiteral("echo"));
        QVERIFY(!body[QStringLiteral("tools")][0][QStringLiteral("function")].toObject().contains(
            QStringLiteral("source")));
        QCOMPARE(body[QStringLiteral("tool_choice")].toString(), QStringLiteral("required"));

        ChatResult result;
        LlmError error;
        QVERIFY(openaiwire::parseChatReply(
            R"({"choices":[{"message":{"content":null,"tool_calls":[{"id":"c9","function":{"name":"echo","arguments":{"message":"x"}}}]},"finish_reason":"tool_calls"}]})",
            QStringLiteral("openai"), &result, &error));
        QCOMPARE(result.toolCalls.size(), 1);
        QCOMPARE(result.toolCalls[0].arguments,
                 QStringLiteral(R"({"message":"x"})")); // an object, as some servers send
        QVERIFY(!openaiwire::parseChatReply(
            R"({"choices":[{"message":{"content":null,"tool_calls":[{"id":"c9","function":{}}]}}]})",
            QStringLiteral("openai"), &result, &error));
        QVERIFY(error.message.contains(QStringLiteral("without a name")));
    }

    void statusCodesMapToTypedErrors()
    {
        using K = LlmError::Kind;
        QCOMPARE(openaiwire::errorForStatus(401, R"({"error":{"message":"bad key"}})",
                                            QStringLiteral("openai"), QStringLiteral("m"))
                     .kind,
                 K::Unauthorized);
        QVERIFY(openaiwire::errorForStatus(401, R"({"error":{"message":"bad key"}})",
                                           QStringLiteral("openai"), QStringLiteral("m"))
                    .message.contains(QLatin1String("bad key")));
        const LlmError nf =
            openaiwire::errorForStatus(404, "{}", QStringLiteral("ollama"), QStringLiteral("llama9"));
        QCOMPARE(nf.kind, K::ModelNotFound);
        QCOMPARE(nf.provider, QStringLiteral("ollama"));
        QVERIFY(nf.message.contains(QLatin1String("llama9")));
        QCOMPARE(openaiwire::errorForStatus(429, "", QStringLiteral("openai"), QStringLiteral("m")).kind,
                 K::RateLimited);
        QCOMPARE(openaiwire::errorForStatus(501, "", QStringLiteral("openai"), QStringLiteral("m")).kind,
                 K::Unsupported);
        QCOMPARE(openaiwire::errorForStatus(504, "", QStringLiteral("openai"), QStringLiteral("m")).kind,
                 K::Timeout);
        QCOMPARE(openaiwire::errorForStatus(500, "oops", QStringLiteral("openai"), QStringLiteral("m")).kind,
                 K::BadReply);
    }

    void embeddingReplyMustMatchTheBatch()
    {
        EmbeddingResult r;
        LlmError e;
        QVERIFY(!openaiwire::parseEmbeddings(R"({"data":[{"index":0,"embedding":[1,2]}]})",
                                             QStringLiteral("openai"),
                                             {QStringLiteral("a"), QStringLiteral("b")}, &r, &e));
        QVERIFY(e.message.contains(QLatin1String("1 embeddings for 2 texts")));
        EmbeddingResult ok;
        QVERIFY(openaiwire::parseEmbeddings(
            R"({"data":[{"index":1,"embedding":[3]},{"index":0,"embedding":[1]}]})", QStringLiteral("openai"),
            {QStringLiteral("a"), QStringLiteral("b")}, &ok, &e));
        QCOMPARE(ok.vectors, (QVector<QVector<float>>{{1.0f}, {3.0f}})); // put back in input order
        QCOMPARE(ok.usage.source, TokenUsage::Source::Estimate);
    }

    void promptCarriesSystemAndPassages()
    {
        ChatRequest r;
        r.systemPrompt = QStringLiteral("Be brief.");
        r.messages = {{QStringLiteral("user"), QStringLiteral("earlier")},
                      {QStringLiteral("assistant"), QStringLiteral("ok")},
                      {QStringLiteral("user"), QStringLiteral("What is the refund period?")}};
        r.context = {
            {QStringLiteral("Refunds are possible for 30 days."), QStringLiteral("terms.pdf"), 2, 0.9}};
        r.grounded = true;
        const QList<ChatMessage> m = renderChatMessages(r);
        QCOMPARE(m.size(), 4);
        QCOMPARE(m[0].role, QStringLiteral("system"));
        QCOMPARE(m[1].content, QStringLiteral("earlier"));
        QVERIFY(
            m[3].content.contains(QLatin1String("(terms.pdf, page 2) Refunds are possible for 30 days.")));
        QVERIFY(m[3].content.endsWith(QLatin1String("Question: What is the refund period?")));
        const QByteArray body = openaiwire::chatBody(r, QStringLiteral("gpt"), true);
        QVERIFY(body.contains(R"("stream":true)"));
        QVERIFY(body.contains(R"("include_usage":true)"));
        // No temperature in the request: the tool's ai_client.temperature.
        QVERIFY(openaiwire::chatBody(r, QStringLiteral("gpt"), false, 0.2).contains(R"("temperature":0.2)"));
        r.temperature = 0;
        QVERIFY(openaiwire::chatBody(r, QStringLiteral("gpt"), false, 0.2).contains(R"("temperature":0)"));
    }

    void extractiveAnswerQuotesTheBestSentencesWithSources()
    {
        const QList<ContextPassage> passages{
            {QStringLiteral("Our office opens at nine. Refunds are granted within 30 days of purchase. Staff "
                            "wear blue."),
             QStringLiteral("policy.pdf"), 3, 0.8},
            {QStringLiteral("Shipping takes five days. A refund needs the original receipt."),
             QStringLiteral("faq.md"), 0, 0.5}};
        const QString a =
            extractiveAnswer(QStringLiteral("How many days do I have to get a refund?"), passages);
        QVERIFY2(a.contains(QLatin1String("No language model is configured")), qPrintable(a));
        QVERIFY(a.contains(QLatin1String("> Refunds are granted within 30 days of purchase.")));
        QVERIFY(a.contains(QLatin1String("(policy.pdf, page 3)")));
        QVERIFY(!a.contains(QLatin1String("Staff wear blue")));
        QVERIFY(!a.contains(QLatin1String("office opens")));
        QVERIFY(a.contains(QLatin1String("Sources: policy.pdf, page 3")));
        // Nothing matches any word: the best passage's opening, never invented text.
        const QString b = extractiveAnswer(QStringLiteral("zebra"), passages);
        QVERIFY(b.contains(QLatin1String("> Our office opens at nine.")));
        QVERIFY(extractiveAnswer(QStringLiteral("x"), {})
                    .contains(QLatin1String("none of the stored documents")));
    }

    void noModelProviderAnswersAndStreamsTheSameText()
    {
        NoModelProvider p;
        ChatRequest prompt;
        prompt.messages = {{QStringLiteral("user"), QStringLiteral("hello")}};
        const CallOutcome plain = waitFor(p.chat(prompt, false));
        QVERIFY(plain.chat);
        QCOMPARE(plain.chat->text, noModelMessage());
        QVERIFY(plain.chat->text.contains(QLatin1String("ai_client")));

        ChatRequest rag = prompt;
        rag.grounded = true;
        rag.messages = {{QStringLiteral("user"), QStringLiteral("When do refunds expire?")}};
        rag.context = {{QStringLiteral("Refunds expire after 30 days."), QStringLiteral("terms.txt"), 0, 1}};
        const CallOutcome streamed = waitFor(p.chat(rag, true));
        QVERIFY(streamed.chat);
        QVERIFY(streamed.tokens.size() > 5);
        QCOMPARE(streamed.joined(), streamed.chat->text);
        QVERIFY(streamed.chat->text.contains(QLatin1String("> Refunds expire after 30 days.")));
        QCOMPARE(waitFor(p.embed({QStringLiteral("x")})).error->kind, LlmError::Kind::NotConfigured);
    }

    void callsNeverFinishInsideTheCallThatStartsThem()
    {
        // An unreachable URL fails fast, but still on a later event loop turn, so handlers connect in time.
        OpenAiSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        s.model = QStringLiteral("m");
        s.policy.maxRetries = 0;
        OpenAiProvider p(s);
        LlmCall *call = p.chat({}, false);
        QVERIFY(!call->isFinished());
        const CallOutcome out = waitFor(call);
        QVERIFY(!out.synchronous);
        QCOMPARE(out.error->kind, LlmError::Kind::Unreachable);
        // Cancelling twice, or after the end, is harmless; exactly one final signal.
        NoModelProvider none;
        LlmCall *c = none.chat({}, false);
        int finals = 0;
        QObject::connect(c, &LlmCall::done, c, [&finals]() { ++finals; });
        c->cancel();
        c->cancel();
        QCOMPARE(finals, 1);
        QTest::qWait(50);
        QCOMPARE(finals, 1);
    }

    void registryPicksProvidersFromTheConfig()
    {
        MetricsRegistry metrics;
        QThreadPool pool;
        LlamaStackConfig ls;
        ls.url = QStringLiteral("http://stack.local:8321/");
        ls.apiKey = QStringLiteral("xyzzy");
        ProviderRegistry registry(&metrics, &pool, {QString(), ls});

        AiClientConfig none;
        QCOMPARE(registry.chatProvider(none)->name(), QStringLiteral("none"));

        AiClientConfig ollama;
        ollama.provider = QStringLiteral("ollama");
        ollama.model = QStringLiteral("llama3.2");
        const OpenAiSettings os = ProviderRegistry::openAiSettings(ollama, ls);
        QCOMPARE(os.baseUrl.toString(), QStringLiteral("http://127.0.0.1:11434/v1"));
        QVERIFY(os.apiKey.isEmpty());

        AiClientConfig stack;
        stack.provider = QStringLiteral("llama_stack");
        stack.model = QStringLiteral("meta/llama");
        const OpenAiSettings ss = ProviderRegistry::openAiSettings(stack, ls);
        QCOMPARE(ss.baseUrl.toString(), QStringLiteral("http://stack.local:8321/v1/openai/v1"));
        QCOMPARE(ss.apiKey, QStringLiteral("xyzzy"));
        QVERIFY(registry.llamaStackProvider());

        AiClientConfig openai;
        openai.provider = QStringLiteral("openai");
        openai.model = QStringLiteral("gpt-4o-mini");
        openai.timeoutSeconds = 7;
        openai.temperature = 0.3;
        qputenv("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1");
        qputenv("OPENAI_API_KEY", "sk-env");
        const OpenAiSettings o = ProviderRegistry::openAiSettings(openai, ls);
        QCOMPARE(o.baseUrl.toString(), QStringLiteral("http://127.0.0.1:9999/v1"));
        QCOMPARE(o.apiKey, QStringLiteral("sk-env"));
        QCOMPARE(o.policy.idleTimeoutMs, 7000);
        QCOMPARE(o.temperature, 0.3);
        openai.apiKey = QStringLiteral("sk-config");
        QCOMPARE(ProviderRegistry::openAiSettings(openai, ls).apiKey, QStringLiteral("sk-config"));
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("OPENAI_API_KEY");

        ToolConfig rag;
        rag.kind = QStringLiteral("rag");
        QCOMPARE(registry.embeddingProvider(rag)->name(), QStringLiteral("builtin"));
        rag.aiClient = openai;
        rag.embeddings = QStringLiteral("text-embedding-3-small");
        QCOMPARE(registry.embeddingProvider(rag)->defaultModel(), QStringLiteral("text-embedding-3-small"));
    }

    void aiClientConfigIsValidated()
    {
        const QString yaml = QStringLiteral(R"(stack:
  tools:
    - name: a
      role: r
      kind: prompt
      ai_client: {provider: local}
    - name: b
      role: r
      kind: prompt
      ai_client: {provider: openai, base_url: ftp.example.org, temperature: 3}
    - name: c
      role: r
      kind: prompt
      ai_client: {provider: ollama, model: llama3.2, timeout: 0}
    - name: d
      role: r
      kind: prompt
      ai_client: {provider: local, model_path: models/tiny.gguf, context_size: 2048, threads: 2}
)");
        const ConfigLoadResult r =
            ConfigLoader().loadText(yaml.toUtf8(), QStringLiteral("c.yaml"), QStringLiteral("/tmp"));
        const QString all = r.errorText();
        QVERIFY2(all.contains(QLatin1String(
                     "stack.tools[0].ai_client.model_path: is required for the local provider")),
                 qPrintable(all));
        QVERIFY2(all.contains(
                     QLatin1String("stack.tools[1].ai_client.model: is required for the openai provider")),
                 qPrintable(all));
        QVERIFY(all.contains(
            QLatin1String("stack.tools[1].ai_client.base_url: must be an http:// or https:// URL")));
        QVERIFY(all.contains(QLatin1String("stack.tools[1].ai_client.temperature: must be between 0 and 2")));
        QVERIFY(all.contains(QLatin1String("stack.tools[2].ai_client.timeout: must be between 1 and")));
        QVERIFY(!all.contains(QLatin1String("tools[3]")));
    }
};

QTEST_GUILESS_MAIN(TestLlmBasics)
#include "tst_llmbasics.moc"
