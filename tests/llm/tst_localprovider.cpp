// The local provider: llama.cpp in process, on the same tiny GGUF that a real llama-server serves, so the
// greedy output of both can be compared token for token.
#include "callwaiter.h"
#include "llamaserver.h"
#include "llm/llmmetrics.h"
#include "llm/local/localmodelpool.h"
#include "llm/local/localprovider.h"
#include "llm/openai/openaiprovider.h"
#include "metrics/metricsregistry.h"

#ifdef AISTACK_HAVE_LLAMA_COMMON
#include "llm/local/llamatooltemplate.h"
#include <llama.h>
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace aistack;
using namespace aistack::test;

namespace {
ChatRequest question(const QString &text, int maxTokens)
{
    ChatRequest r;
    r.systemPrompt = QStringLiteral("You are a helpful assistant.");
    r.messages = {{QStringLiteral("user"), text}};
    r.temperature = 0;
    r.maxTokens = maxTokens;
    return r;
}

double cosine(const QVector<float> &a, const QVector<float> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return dot / std::sqrt(na * nb);
}
} // namespace

class TestLocalProvider : public QObject
{
    Q_OBJECT

    LlamaServer m_server, m_embedServer;
    LocalModelPool m_pool;

    LocalSettings settings(const QString &path = LlamaServer::chatModel())
    {
        LocalSettings s;
        s.modelPath = path;
        s.threads = 2;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(LocalModelPool::available());
        QString error;
        QVERIFY2(m_server.start(LlamaServer::chatModel(), {}, &error), qPrintable(error));
        QVERIFY2(m_embedServer.start(
                     LlamaServer::chatModel(),
                     {QStringLiteral("--embeddings"), QStringLiteral("--pooling"), QStringLiteral("mean")},
                     &error),
                 qPrintable(error));
    }

    void sameGreedyOutputAsLlamaServer_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("maxTokens");
        QTest::newRow("greeting") << QStringLiteral("Say hello to the tests, please.") << 32;
        QTest::newRow("question") << QStringLiteral("What is the capital of France? Answer briefly.") << 48;
        QTest::newRow("unicode") << QStringLiteral("Grüße aus Köln — naïve café, 東京") << 24;
    }

    void sameGreedyOutputAsLlamaServer()
    {
        QFETCH(QString, prompt);
        QFETCH(int, maxTokens);
        OpenAiSettings s;
        s.baseUrl = QUrl(m_server.baseUrl());
        s.model = QStringLiteral("tiny");
        OpenAiProvider server(s);
        const CallOutcome expected = waitFor(server.chat(question(prompt, maxTokens), false));
        QVERIFY(expected.chat);

        LocalProvider local(settings(), &m_pool);
        const CallOutcome got = waitFor(local.chat(question(prompt, maxTokens), false));
        QVERIFY2(got.chat, got.error ? qPrintable(got.error->describe()) : "");
        QCOMPARE(got.chat->text, expected.chat->text);
        QCOMPARE(got.chat->usage.source, TokenUsage::Source::Tokenizer);
        QCOMPARE(got.chat->usage.completionTokens, expected.chat->usage.completionTokens);
        QCOMPARE(got.chat->usage.promptTokens, expected.chat->usage.promptTokens);
        QCOMPARE(got.chat->finishReason, QStringLiteral("length"));
        QCOMPARE(got.chat->model, QStringLiteral("tiny-chat"));

        const CallOutcome streamed = waitFor(local.chat(question(prompt, maxTokens), true));
        QVERIFY(streamed.chat);
        QVERIFY(!streamed.offThread);
        QVERIFY(streamed.tokens.size() > 5);
        QCOMPARE(streamed.joined(), expected.chat->text);
    }

    void stopStringsCutTheReply()
    {
        LocalProvider local(settings(), &m_pool);
        const CallOutcome full = waitFor(local.chat(question(QStringLiteral("Say hello."), 40), false));
        QVERIFY(full.chat);
        const QString text = full.chat->text;
        const QString stop = text.mid(text.size() / 2, 3);
        ChatRequest r = question(QStringLiteral("Say hello."), 40);
        r.stop = {stop};
        const CallOutcome cut = waitFor(local.chat(r, true));
        QVERIFY(cut.chat);
        QCOMPARE(cut.chat->text, text.left(text.indexOf(stop)));
        QCOMPARE(cut.joined(), cut.chat->text);
        QCOMPARE(cut.chat->finishReason, QStringLiteral("stop"));
    }

    void requestsQueueInArrivalOrder()
    {
        LocalProvider local(settings(), &m_pool);
        QStringList order;
        QList<LlmCall *> calls;
        for (int i = 0; i < 3; ++i) {
            LlmCall *call = local.chat(question(QStringLiteral("Request %1").arg(i), 16), false);
            QObject::connect(call, &LlmCall::chatFinished, call,
                             [&order, i]() { order << QString::number(i); });
            calls << call;
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 60000);
        QCOMPARE(order, QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    }

    void queuedCallsReportTheirWait()
    {
        MetricsRegistry registry;
        auto metrics = std::make_shared<LlmMetrics>(&registry);
        InstrumentedProvider local(std::make_shared<LocalProvider>(settings(), &m_pool), metrics);
        int finished = 0;
        QStringList labels;
        for (int i = 0; i < 3; ++i) {
            LlmCall *call = local.chat(question(QStringLiteral("Request %1").arg(i), 8), i % 2);
            labels = QStringList{call->provider(), call->model()};
            QObject::connect(call, &LlmCall::chatFinished, call, [&finished]() { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 60000);
        // Every call left the queue once; the last one waited for the two before it.
        QCOMPARE(metrics->queueWait->count(labels), quint64(3));
        QVERIFY(metrics->queueWait->sum(labels) > 0);
        QVERIFY(
            registry.renderPrometheus().contains("aistack_llm_queue_wait_seconds_count{provider=\"local\""));
    }

    void cancelStopsTheGeneration()
    {
        LocalSettings s = settings();
        s.contextSize = 8192;
        LocalModelPool pool;
        LocalProvider local(s, &pool);
        const CallOutcome out = waitFor(local.chat(question(QStringLiteral("Go on forever."), 8000), true),
                                        60000, [](LlmCall *c, int n) {
                                            if (n == 3)
                                                c->cancel();
                                        });
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, LlmError::Kind::Cancelled);
        QCOMPARE(out.tokens.size(), 3);
        // The worker is free again: the next request is answered.
        const CallOutcome next = waitFor(local.chat(question(QStringLiteral("Next."), 4), false));
        QVERIFY(next.chat);
    }

    void unloadingTheModelEndsRunningAndQueuedCalls()
    {
        LocalSettings s = settings();
        s.contextSize = 8192;
        LocalModelPool pool;
        auto *local = new LocalProvider(s, &pool);
        LlmCall *running = local->chat(question(QStringLiteral("Go on forever."), 8000), true);
        LlmCall *queued = local->chat(question(QStringLiteral("Waiting."), 8), false);
        CallOutcome queuedOutcome;
        QObject::connect(queued, &LlmCall::failed, this,
                         [&queuedOutcome](const LlmError &e) { queuedOutcome.error = e; });
        const CallOutcome out = waitFor(running, 60000, [&local](LlmCall *, int n) {
            if (n == 3) {
                delete local; // the last user of the model: the engine stops at once
                local = nullptr;
            }
        });
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, LlmError::Kind::Cancelled);
        QVERIFY(out.error->message.contains(QLatin1String("unloaded")));
        QTRY_VERIFY(queuedOutcome.error.has_value());
        QVERIFY(queuedOutcome.error->message.contains(QLatin1String("unloaded")));
    }

    void embeddingsMatchLlamaServer()
    {
        LocalProvider local(settings(), &m_pool);
        const QStringList texts{QStringLiteral("the cat sat on the mat"),
                                QStringLiteral("stock markets fell today")};
        const CallOutcome got = waitFor(local.embed(texts));
        QVERIFY2(got.embeddings, got.error ? qPrintable(got.error->describe()) : "");
        QCOMPARE(got.embeddings->vectors.size(), 2);
        QCOMPARE(got.embeddings->vectors[0].size(), 64);

        OpenAiSettings s;
        s.baseUrl = QUrl(m_embedServer.baseUrl());
        s.model = QStringLiteral("tiny");
        OpenAiProvider server(s);
        const CallOutcome expected = waitFor(server.embed(texts));
        QVERIFY(expected.embeddings);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(cosine(got.embeddings->vectors[i], expected.embeddings->vectors[i]) > 0.999,
                     qPrintable(QString::number(
                         cosine(got.embeddings->vectors[i], expected.embeddings->vectors[i]))));
        QVERIFY(cosine(got.embeddings->vectors[0], got.embeddings->vectors[1]) < 0.999);
    }

    void oneModelIsLoadedOnceAndShared()
    {
        LocalModelPool pool;
        auto a = pool.engine(settings());
        auto b = pool.engine(settings());
        QCOMPARE(a.get(), b.get());
        const QString sameFileOtherPath = QFileInfo(LlamaServer::chatModel()).absolutePath() +
                                          QStringLiteral("/./") +
                                          QFileInfo(LlamaServer::chatModel()).fileName();
        QCOMPARE(pool.engine(settings(sameFileOtherPath)).get(), a.get());
    }

    void missingOrBrokenModelFilesGiveClearErrors()
    {
        LocalModelPool pool;
        LocalProvider missing(settings(QStringLiteral("/nonexistent/model.gguf")), &pool);
        const CallOutcome out = waitFor(missing.chat(question(QStringLiteral("hi"), 4), false));
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, LlmError::Kind::ModelNotFound);
        QCOMPARE(out.error->provider, QStringLiteral("local"));
        QVERIFY(out.error->message.contains(QLatin1String("/nonexistent/model.gguf")));
        QVERIFY(out.error->message.contains(QLatin1String("model_path")));
        QVERIFY(!waitFor(missing.checkHealth()).healthy);

        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.gguf"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        LocalProvider broken(settings(junk), &pool);
        const CallOutcome bad = waitFor(broken.chat(question(QStringLiteral("hi"), 4), false));
        QVERIFY(bad.error);
        QVERIFY(bad.error->message.contains(QLatin1String("junk.gguf")));
        QVERIFY(bad.error->message.contains(QLatin1String("GGUF")));
    }

    void promptLongerThanTheContextIsRefused()
    {
        LocalSettings s = settings();
        s.contextSize = 64;
        LocalModelPool pool;
        LocalProvider small(s, &pool);
        const CallOutcome out =
            waitFor(small.chat(question(QStringLiteral("alpha beta gamma delta ").repeated(200), 4), false));
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, LlmError::Kind::PromptTooLong);
        QVERIFY(out.error->message.contains(QLatin1String("context_size")));
    }

#ifdef AISTACK_HAVE_LLAMA_COMMON
    // The model's own template shows the tools (through llama.cpp's chat library): the prompt grows by them.
    // A template with no place for tools (plain ChatML) shows none, and the model still answers.
    void theModelsTemplateShowsTheTools()
    {
        ChatRequest withTools = question(QStringLiteral("Say hello."), 24);
        withTools.tools << ToolSpec{
            QStringLiteral("echo"), QStringLiteral("Echoes back the input"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("message"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}},
            QStringLiteral("test")};
        LocalProvider tools(settings(qEnvironmentVariable("AISTACK_TINY_TOOLS_MODEL")), &m_pool);
        QVERIFY(tools.supportsTools());
        const CallOutcome plain = waitFor(tools.chat(question(QStringLiteral("Say hello."), 8), false));
        const CallOutcome offered = waitFor(tools.chat(withTools, true));
        QVERIFY(plain.chat && offered.chat);
        QVERIFY2(offered.chat->usage.promptTokens > plain.chat->usage.promptTokens + 40,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(offered.chat->usage.promptTokens)
                                .arg(plain.chat->usage.promptTokens)));
        // Text that cannot begin a call streams as it comes (the call word is held back until read).
        QVERIFY2(offered.tokens.size() > 3, qPrintable(QString::number(offered.tokens.size())));
        QCOMPARE(offered.joined(), offered.chat->text);

        LocalProvider chatml(settings(), &m_pool);
        const CallOutcome a = waitFor(chatml.chat(question(QStringLiteral("Say hello."), 8), false));
        const CallOutcome b = waitFor(chatml.chat(withTools, false));
        QVERIFY(a.chat && b.chat);
        QCOMPARE(b.chat->usage.promptTokens, a.chat->usage.promptTokens);
        QVERIFY(b.chat->toolCalls.isEmpty());
    }

    // The calls in the model's text are read back with the engine's own parser, and earlier calls and their
    // results go back into the prompt in the template's form.
    void theModelsCallsAreReadBackAndItsResultsShown()
    {
        llama_model_params mp = llama_model_default_params();
        llama_model *model = llama_model_load_from_file(
            qEnvironmentVariable("AISTACK_TINY_TOOLS_MODEL").toLocal8Bit().constData(), mp);
        QVERIFY(model);
        {
            LlamaToolTemplate tmpl(model);
            const QList<ToolSpec> tools{
                ToolSpec{QStringLiteral("echo"), QStringLiteral("Echoes back the input"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}, QString()}};
            QList<ChatMessage> messages{
                ChatMessage{QStringLiteral("user"), QStringLiteral("echo hi"), {}, {}}};
            QString error;
            const auto prompt = tmpl.apply(messages, tools, QStringLiteral("auto"), &error);
            QVERIFY2(prompt, qPrintable(error));
            QVERIFY(prompt->parsesCalls);
            QVERIFY2(prompt->text.contains("<tools>") && prompt->text.contains("\"name\": \"echo\""),
                     prompt->text.constData());

            QString content;
            QList<ToolCall> calls;
            QVERIFY2(
                LlamaToolTemplate::parse(
                    *prompt,
                    "<tool_call>\n{\"name\": \"echo\", \"arguments\": {\"message\": \"hi\"}}\n</tool_call>",
                    &content, &calls, &error),
                qPrintable(error));
            QCOMPARE(calls.size(), 1);
            QCOMPARE(calls[0].name, QStringLiteral("echo"));
            QCOMPARE(QJsonDocument::fromJson(calls[0].arguments.toUtf8()).object(),
                     (QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}}));
            QVERIFY(content.isEmpty());
            calls.clear();
            QVERIFY(LlamaToolTemplate::parse(*prompt, "Hello there", &content, &calls, &error));
            QCOMPARE(content, QStringLiteral("Hello there"));
            QVERIFY(calls.isEmpty());

            messages << ChatMessage{QStringLiteral("assistant"),
                                    QString(),
                                    {ToolCall{QStringLiteral("c1"), QStringLiteral("echo"),
                                              QStringLiteral("{\"message\":\"hi\"}")}},
                                    {}};
            messages << ChatMessage{
                QStringLiteral("tool"), QStringLiteral("Echo: hi"), {}, QStringLiteral("c1")};
            const auto next = tmpl.apply(messages, tools, QString(), &error);
            QVERIFY2(next, qPrintable(error));
            QVERIFY2(next->text.contains("<tool_response>\nEcho: hi\n</tool_response>") &&
                         next->text.contains("<tool_call>\n{\"name\": \"echo\""),
                     next->text.constData());
        }
        llama_model_free(model);
    }
#endif
};

QTEST_GUILESS_MAIN(TestLocalProvider)
#include "tst_localprovider.moc"
