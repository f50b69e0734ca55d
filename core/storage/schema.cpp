// The product's database schema, one migration per version. Never edit a released step:
// add a new one.
#include "migrator.h"

namespace aistack {

const QVector<Migration> &productMigrations()
{
    static const QVector<Migration> migrations{
        {1,
         QStringLiteral("instance metadata"),
         {QStringLiteral("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral(
              "INSERT INTO app_meta (key, value) VALUES ('instance_id', lower(hex(randomblob(16))))"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('created_at', "
                         "strftime('%Y-%m-%dT%H:%M:%SZ','now'))")},
         {QStringLiteral("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('instance_id', md5(random()::text || "
                         "clock_timestamp()::text))"),
          QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('created_at', to_char(now() AT TIME ZONE "
                         "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))")}},
    };
    return migrations;
}

} // namespace aistack
