// Configuration: both halves, defaults, errors with file/line/key, secrets, relative paths.
#include "config/configloader.h"
#include "config/secretresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace aistack;

class TstConfigLoader : public QObject
{
    Q_OBJECT

    static ConfigLoadResult load(const QByteArray &yaml, const QString &base = QStringLiteral("/base"))
    {
        return ConfigLoader().loadText(yaml, QStringLiteral("test.yaml"), base);
    }

    static bool hasError(const ConfigLoadResult &r, const QString &key, int line, const QString &fragment)
    {
        for (const auto &e : r.errors) {
            if (e.key == key && (line == 0 || e.line == line) && e.message.contains(fragment))
                return true;
        }
        qWarning().noquote() << "errors were:" << r.errorText();
        return false;
    }

private Q_SLOTS:
    void builtInDefaultRunsOfflineOnLoopback()
    {
        const auto r = ConfigLoader().loadDefault(QStringLiteral("/data/dir"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.config.service.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.config.database.kind, DatabaseConfig::Kind::Sqlite);
        QCOMPARE(r.config.database.sqlitePath, QStringLiteral("/data/dir/aistack.db"));
        QCOMPARE(r.config.authentication.module, QStringLiteral("noop"));
        QVERIFY(r.config.stack.has_value());
        QCOMPARE(r.config.stack->tools.size(), 2);
        QVERIFY(!r.config.llamaStack.apiKey.has_value()); // no key needed
        for (const auto &t : r.config.stack->tools)
            QVERIFY(t.aiClient.provider.isEmpty()); // no remote model: works offline
    }

    void emptyFileTakesEveryLightspeedDefault()
    {
        const auto r = load("");
        QVERIFY(r.ok());
        const AppConfig &c = r.config;
        QCOMPARE(c.service.host, QStringLiteral("localhost"));
        QCOMPARE(c.service.port, 8080);
        QCOMPARE(c.service.authEnabled, false);
        QCOMPARE(c.service.workers, 1);
        QCOMPARE(c.service.colorLog, true);
        QCOMPARE(c.service.accessLog, true);
        QCOMPARE(c.service.cors.allowOrigins, QStringList{QStringLiteral("*")});
        QCOMPARE(c.service.cors.allowCredentials, false);
        QCOMPARE(c.database.sqlitePath, QString()); // none named: the app's data folder, not /tmp
        QCOMPARE(c.userDataCollection.feedbackEnabled, false);
        QCOMPARE(c.authentication.module, QStringLiteral("noop"));
        QVERIFY(!c.customization.has_value());
        QVERIFY(!c.inference.defaultModel.has_value());
        QVERIFY(c.mcpServers.isEmpty());
        QCOMPARE(c.service.limits.maxBodyBytes, 32LL * 1024 * 1024);
        QVERIFY(!c.stack.has_value());
    }

    void plainLightspeedStackYamlLoads()
    {
        qputenv("AISTACK_TEST_PG_PW", "s3cret");
        const auto r = load(R"(name: Lightspeed Core Service (LCS)
service:
  host: 0.0.0.0
  port: 8080
  auth_enabled: false
  workers: 1
  color_log: true
  access_log: true
llama_stack:
  use_as_library_client: false
  url: http://llama-stack:8321
  api_key: xyzzy
user_data_collection:
  feedback_enabled: true
  feedback_storage: "/tmp/data/feedback"
  transcripts_enabled: true
  transcripts_storage: "/tmp/data/transcripts"
database:
  postgres:
    host: db.example
    port: 5433
    db: lightspeed
    user: ls
    password: ${AISTACK_TEST_PG_PW}
    namespace: lcs
authentication:
  module: "noop"
customization:
  system_prompt: You are a test
inference:
  default_model: gpt-4o-mini
  default_provider: openai
mcp_servers:
  - name: fs
    url: http://localhost:3000
)");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const AppConfig &c = r.config;
        QCOMPARE(c.name, QStringLiteral("Lightspeed Core Service (LCS)"));
        QCOMPARE(c.service.host, QStringLiteral("0.0.0.0"));
        QCOMPARE(*c.llamaStack.url, QStringLiteral("http://llama-stack:8321"));
        QCOMPARE(*c.llamaStack.apiKey, QStringLiteral("xyzzy"));
        QCOMPARE(c.database.kind, DatabaseConfig::Kind::Postgres);
        QCOMPARE(c.database.postgres.password, QStringLiteral("s3cret"));
        QCOMPARE(c.database.postgres.namespaceName, QStringLiteral("lcs"));
        QCOMPARE(c.database.postgres.sslMode, QStringLiteral("prefer"));
        QCOMPARE(*c.customization->systemPrompt, QStringLiteral("You are a test"));
        QCOMPARE(c.customization->disableQuerySystemPrompt, false);
        QCOMPARE(c.mcpServers.size(), 1);
        QCOMPARE(c.mcpServers.first().providerId, QStringLiteral("model-context-protocol"));
        QCOMPARE(*c.inference.defaultProvider, QStringLiteral("openai"));
    }

    void plainKissStackYamlLoads()
    {
        const auto r = load(R"(stack:
  decision_maker:
    name: decision_maker
    role: classify the query
    kind: prompt
    ai_client:
      provider: openai
      model: gpt-4
      api_key: sk-test
  tools:
    - name: general_queries
      role: process simple queries
      kind: prompt
      ai_client: {provider: openai, model: gpt-4, api_key: sk-test}
    - name: document_tool
      role: answer from documents
      kind: rag
      embeddings: text-embedding-ada-002
      ai_client: {provider: openai, model: gpt-4, api_key: sk-test}
  vector_db:
    provider: chroma
    kind: remote
    host: 127.0.0.1
    port: 8000
    secure: false
)");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.config.name, QStringLiteral("AI Stack Desktop")); // Lightspeed half: defaults
        QCOMPARE(r.config.stack->tools.size(), 2);
        QCOMPARE(r.config.stack->tools.at(1).depth, 2);
        QCOMPARE(*r.config.stack->tools.at(1).embeddings, QStringLiteral("text-embedding-ada-002"));
        QCOMPARE(*r.config.stack->vectorDb->port, 8000);
        QCOMPARE(r.config.stack->vectorDb->secure, false);
        QCOMPARE(*r.config.stack->decisionMaker->aiClient.apiKey, QStringLiteral("sk-test"));
    }

    void errorsNameFileLineAndKey()
    {
        const auto r = load("name: x\nservice:\n  host: 127.0.0.1\n  port: seventy\n  workers: 0\n"
                            "authentication:\n  module: magic\n");
        QVERIFY(!r.ok());
        QVERIFY(hasError(r, QStringLiteral("service.port"), 4,
                         QStringLiteral("expected an integer, got 'seventy'")));
        QVERIFY(hasError(r, QStringLiteral("service.workers"), 5, QStringLiteral("between 1 and")));
        QVERIFY(hasError(r, QStringLiteral("authentication.module"), 7,
                         QStringLiteral("unknown module 'magic'")));
        QVERIFY(r.errorText().startsWith(QStringLiteral("test.yaml:4: service.port: ")));
    }

    void brokenYamlIsReportedWithItsLine()
    {
        const auto r = load("name: x\nservice:\n  host: [unclosed\n  port: 1\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().message.startsWith(QStringLiteral("invalid YAML")));
        QVERIFY(r.errors.first().line >= 3);
    }

    void wrongTypesAreErrors()
    {
        const auto r = load("service: [1, 2]\ndatabase:\n  sqlite: {}\n  postgres: {db: x}\n");
        QVERIFY(hasError(r, QStringLiteral("service"), 1, QStringLiteral("expected a mapping")));
        QVERIFY(hasError(r, QStringLiteral("database"), 0, QStringLiteral("at most one")));
    }

    void lightspeedRulesAreChecked()
    {
        const auto r = load(R"(service:
  cors:
    allow_origins: ["*"]
    allow_credentials: true
  tls_config:
    tls_certificate_path: /nonexistent/cert.pem
    tls_key_path: /nonexistent/key.pem
user_data_collection:
  feedback_enabled: true
authentication:
  module: jwk-token
inference:
  default_model: only-model
llama_stack:
  api_key: k
)");
        QVERIFY(hasError(r, QStringLiteral("service.cors"), 0, QStringLiteral("allow_credentials")));
        QVERIFY(hasError(r, QStringLiteral("service.tls_config.tls_certificate_path"), 6,
                         QStringLiteral("file not found")));
        QVERIFY(hasError(r, QStringLiteral("user_data_collection"), 0,
                         QStringLiteral("feedback_storage is required")));
        QVERIFY(hasError(r, QStringLiteral("authentication"), 0, QStringLiteral("jwk_config is required")));
        QVERIFY(hasError(r, QStringLiteral("inference"), 0, QStringLiteral("given together")));
        QVERIFY(hasError(r, QStringLiteral("llama_stack"), 0, QStringLiteral("url is required")));
    }

    void mcpServersAreChecked()
    {
        const auto r = load(R"(mcp_servers:
  - name: files
    url: ftp://files.example/mcp
  - name: files
    url: http://127.0.0.1:3001/mcp
    timeout_seconds: 0
  - name: web
    url: http://127.0.0.1:3002/mcp
    forward_authorization: maybe
inference:
  max_tool_rounds: 0
  tool_choice: always
)");
        QVERIFY(hasError(r, QStringLiteral("mcp_servers[0].url"), 3, QStringLiteral("http:// or https://")));
        QVERIFY(hasError(r, QStringLiteral("mcp_servers[1].name"), 0,
                         QStringLiteral("another server has the name")));
        QVERIFY(hasError(r, QStringLiteral("mcp_servers[1].timeout_seconds"), 6, QString()));
        QVERIFY(hasError(r, QStringLiteral("mcp_servers[2].forward_authorization"), 9, QString()));
        QVERIFY(hasError(r, QStringLiteral("inference.max_tool_rounds"), 11, QString()));
        QVERIFY(hasError(r, QStringLiteral("inference.tool_choice"), 12,
                         QStringLiteral("auto, required or none")));

        const auto good = load(R"(mcp_servers:
  - name: files
    url: http://127.0.0.1:3001/mcp
    timeout_seconds: 5
    forward_authorization: true
inference:
  max_tool_rounds: 2
  tool_result_max_chars: 500
  tool_choice: required
desktop:
  confirm_tool_calls: false
)");
        QVERIFY2(good.ok(), qPrintable(good.errorText()));
        QCOMPARE(good.config.mcpServers.first().timeoutSeconds, 5);
        QVERIFY(good.config.mcpServers.first().forwardAuthorization);
        QCOMPARE(good.config.inference.maxToolRounds, 2);
        QCOMPARE(good.config.inference.toolResultMaxChars, 500);
        QCOMPARE(good.config.inference.toolChoice, QStringLiteral("required"));
        QVERIFY(!good.config.desktop.confirmToolCalls);
        QVERIFY(load("desktop:\n  user_id: me\n").config.desktop.confirmToolCalls); // asking is the default
    }

    void stackRulesAreChecked()
    {
        const auto r = load(R"(stack:
  decision_maker: {name: dm, role: r, kind: rag}
  tools:
    - name: a
      role: "  "
      kind: prompt
    - name: a
      role: r
      kind: search
    - name: docs
      role: r
      kind: rag
      depth: 0
      ai_client: {provider: nonsense}
)");
        QVERIFY(hasError(r, QStringLiteral("stack.decision_maker.kind"), 2,
                         QStringLiteral("must be of kind prompt")));
        QVERIFY(hasError(r, QStringLiteral("stack.tools[0].role"), 5, QStringLiteral("must not be empty")));
        QVERIFY(
            hasError(r, QStringLiteral("stack.tools[1].kind"), 9, QStringLiteral("must be prompt or rag")));
        QVERIFY(hasError(r, QStringLiteral("stack.tools[1].name"), 7, QStringLiteral("duplicate tool name")));
        QVERIFY(hasError(r, QStringLiteral("stack.tools[2].depth"), 13, QStringLiteral("between 1 and")));
        QVERIFY(hasError(r, QStringLiteral("stack.tools[2].ai_client.provider"), 14,
                         QStringLiteral("unknown provider")));
        QVERIFY(
            hasError(r, QStringLiteral("stack.vector_db"), 0, QStringLiteral("required when a rag tool")));
        QVERIFY(!load("stack:\n  tools: []\n").ok());
        QVERIFY(
            load("stack:\n  tools:\n    - {name: p, role: r, kind: prompt}\n").ok()); // no vector_db needed
    }

    void environmentSecrets()
    {
        qputenv("AISTACK_TEST_KEY", "from-env");
        qunsetenv("AISTACK_TEST_UNSET");
        auto r = load("llama_stack:\n  url: http://x\n  api_key: ${AISTACK_TEST_KEY}\n");
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(*r.config.llamaStack.apiKey, QStringLiteral("from-env"));
        r = load("llama_stack:\n  url: http://x\n  api_key: Bearer-${AISTACK_TEST_KEY}-x\n");
        QCOMPARE(*r.config.llamaStack.apiKey, QStringLiteral("Bearer-from-env-x"));
        r = load("llama_stack:\n  url: http://x\n  api_key: ${AISTACK_TEST_UNSET}\n");
        QVERIFY(hasError(r, QStringLiteral("llama_stack.api_key"), 3,
                         QStringLiteral("AISTACK_TEST_UNSET is not set")));
        QVERIFY(!r.errorText().contains(QStringLiteral("from-env")));
    }

    void keychainWithoutKeychainNamesTheAlternatives()
    {
        // No Secret Service runs in the test environment (no D-Bus session), as on a server.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const auto r = load("llama_stack:\n  url: http://x\n  api_key: keychain:openai\n");
        QVERIFY(!r.ok());
        const QString text = r.errorText();
        QVERIFY2(text.contains(QStringLiteral("llama_stack.api_key")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("${ENV_VAR}")) && text.contains(QStringLiteral("literal")),
                 qPrintable(text));
    }

    void relativePathsResolveAgainstTheConfigFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("conf.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "database:\n  sqlite:\n    db_path: sub/app.db\nuser_data_collection:\n  feedback_enabled: true\n"
            "  feedback_storage: fb\n");
        f.close();
        const auto r = ConfigLoader().loadFile(file);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.config.database.sqlitePath, QDir(dir.path()).filePath(QStringLiteral("sub/app.db")));
        QCOMPARE(*r.config.userDataCollection.feedbackStorage,
                 QDir(dir.path()).filePath(QStringLiteral("fb")));
        QCOMPARE(r.config.sourceFile, file);
    }

    void missingFileIsAnError()
    {
        const auto r = ConfigLoader().loadFile(QStringLiteral("/nonexistent/aistack.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().startsWith(QStringLiteral("/nonexistent/aistack.yaml: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TstConfigLoader)
#include "tst_configloader.moc"
