#include "embeddedstore.h"

#include "embeddedschema.h"
#include "embeddedsql.h"
#include "keywordquery.h"
#include "rankfusion.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace aistack {

using namespace EmbeddedSql;

namespace {
constexpr int kMinCandidates = 50; // each ranked list offers this many (or 5 k) to the fusion
// BM25 in FTS5 scores every chunk that holds a query term. Terms found in more than half of the chunks
// (in large collections: more than 1 in 20) are left out, since their IDF is near zero and they barely move
// the ranking while costing a score for most of the collection; the rest are kept rarest first while the
// chunks to score stay under a budget, so that a query's cost stays bounded. Small collections keep every
// term.
constexpr qint64 kAllTermsChunks = 256;
constexpr qint64 kExactKeywordChunks = 20000;
constexpr qint64 kKeywordBudget = 12000;

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

DatabaseSettings sqliteSettings(const QString &path)
{
    DatabaseSettings s;
    s.sqlitePath = path;
    return s;
}

} // namespace

EmbeddedStore::EmbeddedStore(const QString &path)
    : m_path(path), m_memory(path == QLatin1String(":memory:")), m_db(sqliteSettings(path))
{
}

EmbeddedStore::~EmbeddedStore() = default;

std::unique_ptr<EmbeddedStore> EmbeddedStore::open(const QString &path, QString *error)
{
    std::unique_ptr<EmbeddedStore> store(new EmbeddedStore(path));
    if (store->m_memory && !store->m_db.keepAlive(error))
        return nullptr;
    Migrator migrator(store->m_db);
    if (!migrator.migrate(embeddedStoreMigrations(), error))
        return nullptr;
    return store;
}

std::unique_lock<std::mutex> EmbeddedStore::lockDatabase()
{
    return m_memory ? std::unique_lock<std::mutex>(m_memoryMutex) : std::unique_lock<std::mutex>();
}

std::shared_ptr<EmbeddedStore::Collection> EmbeddedStore::collection(const QString &name, bool create,
                                                                     QString *error)
{
    QMutexLocker mapLock(&m_mapMutex);
    if (const auto it = m_collections.constFind(name); it != m_collections.constEnd())
        return *it;
    auto dbLock = lockDatabase();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return nullptr;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM rag_collections WHERE name = ?"));
    q.addBindValue(name);
    if (!run(q, error))
        return nullptr;
    auto c = std::make_shared<Collection>();
    if (q.next()) {
        c->id = q.value(0).toLongLong();
    } else if (!create) {
        return nullptr;
    } else {
        const bool ok = m_db.transaction(
            [&](QSqlDatabase &tx, QString *err) {
                QSqlQuery insert(tx);
                insert.prepare(
                    QStringLiteral("INSERT INTO rag_collections (name, created_at) VALUES (?, ?)"));
                insert.addBindValue(name);
                insert.addBindValue(nowIso());
                if (!run(insert, err))
                    return false;
                c->id = insert.lastInsertId().toLongLong();
                QSqlQuery fts(tx);
                return fts.exec(createFtsTableSql(c->id)) || (*err = sqlError(fts), false);
            },
            error);
        if (!ok)
            return nullptr;
    }
    m_collections.insert(name, c);
    return c;
}

bool EmbeddedStore::loadIndex(Collection &c, QString *error)
{
    if (c.loaded.load(std::memory_order_acquire))
        return true;
    auto dbLock = lockDatabase();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, vector FROM rag_chunks WHERE collection_id = ?"));
    q.addBindValue(c.id);
    if (!run(q, error))
        return false;
    QWriteLocker lock(&c.indexLock);
    c.index.clear();
    while (q.next()) {
        const QByteArray blob = q.value(1).toByteArray();
        c.index.add(q.value(0).toLongLong(), reinterpret_cast<const float *>(blob.constData()),
                    int(blob.size() / qsizetype(sizeof(float))));
    }
    c.loaded.store(true, std::memory_order_release);
    return true;
}

QString EmbeddedStore::keywordMatch(QSqlDatabase &db, Collection &c, const QString &question)
{
    const QStringList terms = keywordTerms(question);
    qint64 size = 0;
    {
        QReadLocker lock(&c.indexLock);
        size = c.index.size();
    }
    if (terms.isEmpty() || size <= kAllTermsChunks)
        return terms.join(QStringLiteral(" OR "));
    const qint64 cap = size <= kExactKeywordChunks ? size / 2 : size / 20;
    QVector<std::pair<qint64, QString>> counted;
    std::optional<QSqlQuery> probe;
    const quint64 generation = c.generation;
    for (const QString &term : terms) {
        qint64 n = -1;
        {
            QMutexLocker lock(&c.termMutex);
            const auto known = c.termChunks.constFind(term);
            if (known != c.termChunks.constEnd() && known->first == generation)
                n = known->second;
        }
        if (n < 0) {
            if (!probe) {
                probe.emplace(db);
                probe->prepare(
                    QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT ?)")
                        .arg(ftsTableName(c.id)));
            }
            probe->bindValue(0, term);
            probe->bindValue(1, cap + 1);
            if (!probe->exec() || !probe->next())
                continue;
            n = probe->value(0).toLongLong();
            QMutexLocker lock(&c.termMutex);
            if (c.termChunks.size() > 8192)
                c.termChunks.clear();
            c.termChunks.insert(term, {generation, n});
        }
        if (n > 0 && n <= cap)
            counted.push_back({n, term});
    }
    std::sort(counted.begin(), counted.end());
    QStringList kept;
    qint64 budget = 0;
    for (const auto &[n, term] : std::as_const(counted)) {
        if (!kept.isEmpty() && budget + n > kKeywordBudget)
            break;
        budget += n;
        kept << term;
    }
    return kept.join(QStringLiteral(" OR "));
}

std::optional<QVector<StoreHit>> EmbeddedStore::query(const QString &name, const StoreQuery &request,
                                                      QString *error)
{
    QVector<StoreHit> hits;
    QString lookupError;
    const auto c = collection(name, false, &lookupError);
    if (!c) {
        if (!lookupError.isEmpty()) {
            *error = lookupError;
            return std::nullopt;
        }
        return hits; // no such collection yet: nothing stored
    }
    if (!c->loaded.load(std::memory_order_acquire)) { // the first question after a start reads the index once
        QMutexLocker writeLock(&c->writeMutex);
        if (!loadIndex(*c, error))
            return std::nullopt;
    }
    const int k = std::max(1, request.k);
    const int candidates = request.mode == SearchMode::Hybrid ? std::max(kMinCandidates, 5 * k) : k;
    const bool haveVector = !request.vector.isEmpty();
    QVector<QVector<qint64>> lists;
    QHash<qint64, float> dots;
    if (request.mode != SearchMode::Keyword && haveVector) {
        QReadLocker lock(&c->indexLock);
        if (c->index.size() > 0 && c->index.dims() != request.vector.size()) {
            *error = QStringLiteral("the query vector has %1 dimensions but collection %2 holds %3")
                         .arg(request.vector.size())
                         .arg(name)
                         .arg(c->index.dims());
            return std::nullopt;
        }
        QVector<qint64> ranked;
        for (const auto &[id, dot] : c->index.topK(request.vector.constData(), candidates)) {
            ranked.push_back(id);
            dots.insert(id, dot);
        }
        lists.push_back(ranked);
    }
    auto dbLock = lockDatabase();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    const QString match = request.mode == SearchMode::Vector ? QString() : keywordMatch(db, *c, request.text);
    if (!match.isEmpty()) {
        const auto q =
            m_db.reused(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rank LIMIT ?")
                            .arg(ftsTableName(c->id)),
                        error);
        if (!q)
            return std::nullopt;
        q->bindValue(0, match);
        q->bindValue(1, candidates);
        if (!run(*q, error))
            return std::nullopt;
        QVector<qint64> ranked;
        while (q->next())
            ranked.push_back(q->value(0).toLongLong());
        lists.push_back(ranked);
    }
    const QVector<qint64> best = fuseRanks(lists, k);
    if (best.isEmpty())
        return hits;
    QStringList marks;
    for (int i = 0; i < best.size(); ++i)
        marks << QStringLiteral("?");
    const auto rows = m_db.reused(
        QStringLiteral("SELECT id, chunk_id, doc_id, text, metadata FROM rag_chunks WHERE id IN (%1)")
            .arg(marks.join(QLatin1Char(','))),
        error);
    if (!rows)
        return std::nullopt;
    for (int i = 0; i < best.size(); ++i)
        rows->bindValue(i, best[i]);
    if (!run(*rows, error))
        return std::nullopt;
    QHash<qint64, StoreHit> byRow;
    while (rows->next()) {
        StoreHit hit;
        hit.id = rows->value(1).toString();
        hit.documentId = rows->value(2).toString();
        hit.text = rows->value(3).toString();
        hit.metadata = parseObject(rows->value(4).toString());
        byRow.insert(rows->value(0).toLongLong(), hit);
    }
    dbLock = {};
    QReadLocker lock(&c->indexLock);
    for (qint64 id : best) {
        auto it = byRow.find(id);
        if (it == byRow.end())
            continue; // deleted since the ranking
        float dot = std::numeric_limits<float>::quiet_NaN();
        if (haveVector)
            dot = dots.contains(id) ? dots.value(id) : c->index.dot(id, request.vector.constData());
        it->distance =
            std::isnan(dot) ? std::numeric_limits<double>::quiet_NaN() : std::max(0.0, 2.0 - 2.0 * dot);
        hits.push_back(*it);
    }
    return hits;
}

qint64 EmbeddedStore::count(const QString &name, QString *error)
{
    QString lookupError;
    const auto c = collection(name, false, &lookupError);
    if (!c) {
        if (error)
            *error = lookupError;
        return lookupError.isEmpty() ? 0 : -1;
    }
    auto dbLock = lockDatabase();
    QSqlDatabase db = m_db.connection(error);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM rag_chunks WHERE collection_id = ?"));
    q.addBindValue(c->id);
    if (!db.isOpen() || !run(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<QVector<DocumentRecord>> EmbeddedStore::documents(const QString &name, QString *error)
{
    QVector<DocumentRecord> docs;
    QString lookupError;
    const auto c = collection(name, false, &lookupError);
    if (!c) {
        if (!lookupError.isEmpty()) {
            *error = lookupError;
            return std::nullopt;
        }
        return docs;
    }
    auto dbLock = lockDatabase();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT doc_id, file_name, content_hash, metadata, chunk_count, bytes, added_at FROM "
                       "rag_documents WHERE collection_id = ? ORDER BY added_at DESC, rowid DESC"));
    q.addBindValue(c->id);
    if (!run(q, error))
        return std::nullopt;
    while (q.next()) {
        DocumentRecord d;
        d.id = q.value(0).toString();
        d.fileName = q.value(1).toString();
        d.contentHash = q.value(2).toString();
        d.metadata = parseObject(q.value(3).toString());
        d.chunkCount = q.value(4).toInt();
        d.bytes = q.value(5).toLongLong();
        d.addedAt = q.value(6).toString();
        docs.push_back(d);
    }
    return docs;
}

bool EmbeddedStore::dropCollection(const QString &name, QString *error)
{
    QString lookupError;
    const auto c = collection(name, false, &lookupError);
    if (!c) {
        *error = lookupError;
        return lookupError.isEmpty();
    }
    QMutexLocker writeLock(&c->writeMutex);
    auto dbLock = lockDatabase();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(ftsTableName(c->id)))) {
                *err = sqlError(q);
                return false;
            }
            for (const char *sql : {"DELETE FROM rag_chunks WHERE collection_id = ?",
                                    "DELETE FROM rag_documents WHERE collection_id = ?",
                                    "DELETE FROM rag_collections WHERE id = ?"}) {
                QSqlQuery del(db);
                del.prepare(QString::fromLatin1(sql));
                del.addBindValue(c->id);
                if (!run(del, err))
                    return false;
            }
            return true;
        },
        error);
    dbLock = {};
    if (!ok)
        return false;
    {
        QWriteLocker lock(&c->indexLock);
        c->index.clear();
    }
    QMutexLocker mapLock(&m_mapMutex);
    m_collections.remove(name);
    return true;
}

bool EmbeddedStore::ping(QString *error)
{
    auto dbLock = lockDatabase();
    return m_db.ping(error);
}

} // namespace aistack
