#include "databasesettings.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace aistack {

QString DatabaseSettings::sqliteFileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("aistack.db"));
}

DatabaseSettings DatabaseSettings::fromConfig(const DatabaseConfig &config, const QString &dataDir)
{
    DatabaseSettings s;
    if (config.kind == DatabaseConfig::Kind::Postgres) {
        s.driver = Driver::Postgres;
        s.postgres = config.postgres;
    } else {
        s.sqlitePath = config.sqlitePath.isEmpty() ? sqliteFileIn(dataDir) : config.sqlitePath;
    }
    return s;
}

bool DatabaseSettings::fromUrl(const QString &text, DatabaseSettings *out, QString *error)
{
    DatabaseSettings s;
    if (text.startsWith(QLatin1String("sqlite://"))) {
        s.sqlitePath = text.mid(9);
        if (s.sqlitePath.isEmpty()) {
            *error = QStringLiteral("sqlite:// URL has no path");
            return false;
        }
        *out = s;
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgres") && scheme != QLatin1String("postgresql"))) {
        *error =
            QStringLiteral(
                "unsupported database URL '%1': use sqlite://PATH or postgres://USER:PASSWORD@HOST:PORT/DB")
                .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    s.driver = Driver::Postgres;
    s.postgres.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    s.postgres.port = url.port(5432);
    s.postgres.user = url.userName(QUrl::FullyDecoded);
    s.postgres.password = url.password(QUrl::FullyDecoded);
    s.postgres.db = url.path().mid(1);
    const QUrlQuery q(url);
    if (q.hasQueryItem(QStringLiteral("sslmode")))
        s.postgres.sslMode = q.queryItemValue(QStringLiteral("sslmode"));
    s.postgres.namespaceName = q.hasQueryItem(QStringLiteral("namespace"))
                                   ? q.queryItemValue(QStringLiteral("namespace"))
                                   : QStringLiteral("public");
    if (s.postgres.db.isEmpty()) {
        *error = QStringLiteral("postgres URL names no database (postgres://USER:PASSWORD@HOST:PORT/DB)");
        return false;
    }
    *out = s;
    return true;
}

QString DatabaseSettings::describe() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("SQLite %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4 (schema %5)")
        .arg(postgres.user, postgres.host)
        .arg(postgres.port)
        .arg(postgres.db, postgres.namespaceName);
}

} // namespace aistack
