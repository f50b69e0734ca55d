#pragma once

#include "config/appconfig.h"

#include <QString>
#include <QStringList>

namespace aistack {

// Where the relational database lives: SQLite file (or ":memory:") or a PostgreSQL server.
struct DatabaseSettings
{
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString sqlitePath;
    PostgresConfig postgres;
    int busyTimeoutMs = 5000;
    QStringList sqlitePragmas; // run on every new SQLite connection, e.g. "cache_size = -65536"

    // A SQLite configuration without a path gets the data folder's file (sqliteFileIn(dataDir)).
    static DatabaseSettings fromConfig(const DatabaseConfig &config, const QString &dataDir);
    static QString sqliteFileIn(const QString &dataDir);
    // sqlite://relative/or/absolute/path, sqlite:///abs/path,
    // postgres://user:pass@host:port/db?sslmode=..&namespace=..
    static bool fromUrl(const QString &url, DatabaseSettings *out, QString *error);
    QString describe() const; // for logs and the GUI; never contains the password
};

} // namespace aistack
