#pragma once

#include "postgrescluster.h"
#include "storage/databasesettings.h"

namespace aistack::test {

// Settings that reach a test's PostgreSQL cluster, in a schema of their own (so that tests do not see each
// other's tables).
inline DatabaseSettings postgresSettings(const PostgresCluster &pg, const QString &schema)
{
    DatabaseSettings s;
    s.driver = DatabaseSettings::Driver::Postgres;
    s.postgres.host = QStringLiteral("127.0.0.1");
    s.postgres.port = pg.port();
    s.postgres.db = pg.database();
    s.postgres.user = pg.user();
    s.postgres.password = pg.password();
    s.postgres.sslMode = QStringLiteral("disable");
    s.postgres.namespaceName = schema;
    return s;
}

} // namespace aistack::test
