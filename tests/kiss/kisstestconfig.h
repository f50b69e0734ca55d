#pragma once

#include "headlessprocess.h"
#include "postgrescluster.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace aistack::test {

// The KISS black-box suites run once per sessions database: SQLite by default, a real PostgreSQL cluster
// (started by the test) when AISTACK_KISS_DB=postgres. Each server gets its own PostgreSQL schema, so that
// servers started by one test never see each other's sessions.
class KissDatabase
{
public:
    bool postgres() const { return qEnvironmentVariable("AISTACK_KISS_DB") == QLatin1String("postgres"); }
    bool start(QString *error) { return !postgres() || m_cluster.start(error); }

    // Points the server at the database: SESSION_DB_URL as the original server reads it.
    void configure(HeadlessProcess &app, const QString &schema)
    {
        if (!postgres())
            return;
        app.setEnv(QStringLiteral("SESSION_DB_URL"),
                   QStringLiteral("postgres://%1:%2@127.0.0.1:%3/%4?sslmode=disable&namespace=%5")
                       .arg(m_cluster.user(), m_cluster.password())
                       .arg(m_cluster.port())
                       .arg(m_cluster.database(), schema));
    }

    // Starts the server on `config` in this database (its own schema on PostgreSQL) and, on PostgreSQL, waits
    // until it says so. Returns what went wrong, or nothing.
    QString startServer(HeadlessProcess &app, const QByteArray &config, const QString &schema,
                        const QStringList &args = {})
    {
        configure(app, schema);
        if (!app.start(config, args))
            return QString::fromUtf8(app.stderrText());
        if (postgres() &&
            !QTest::qWaitFor([&app]() { return app.stderrText().contains("database ready: PostgreSQL"); },
                             10000))
            return QStringLiteral("the server does not use PostgreSQL: ") +
                   QString::fromUtf8(app.stderrText());
        return {};
    }

    const PostgresCluster &cluster() const { return m_cluster; }

private:
    PostgresCluster m_cluster;
};

// A KISS stack without a language model (answers are extractive) on the embedded vector store, with the
// built-in embedder. extra is appended as more top-level YAML.
inline QByteArray kissConfig(const QByteArray &extra = {})
{
    return QByteArray(R"(name: KISS test
service:
  host: 127.0.0.1
  port: 8080
  limits:
    max_request_body_bytes: 1048576
    max_websocket_frame_bytes: 65536
    request_timeout_seconds: 120
database:
  sqlite:
    db_path: app.db
stack:
  decision_maker:
    name: decision_maker
    role: Classify each query
    kind: prompt
  tools:
    - name: general
      role: Answer general questions
      kind: prompt
    - name: documents
      role: Answer questions about the stored documents
      kind: rag
      depth: 2
  vector_db:
    provider: embedded
    kind: storage
    path: vectors.db
)") + extra;
}

} // namespace aistack::test
