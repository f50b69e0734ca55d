#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace aistack {

class Database;

// One step of the schema. Statements are run in order inside one transaction, together
// with the row that records the new version, so a failed step leaves nothing behind.
struct Migration
{
    int version;
    QString description;
    QStringList sqlite;
    QStringList postgres;
};

// Brings a database up to the newest version of a list of migrations, recording each
// applied version in the `schema_version` table.
class Migrator
{
public:
    explicit Migrator(Database &db) : m_db(db) {}

    bool migrate(const QVector<Migration> &migrations, QString *error);
    int currentVersion(QString *error); // 0 for an empty database, -1 on error

private:
    bool ensureVersionTable(QString *error);
    Database &m_db;
};

// The product's own schema, newest last.
const QVector<Migration> &productMigrations();

} // namespace aistack
