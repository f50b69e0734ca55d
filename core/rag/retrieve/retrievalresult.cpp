#include "retrievalresult.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace aistack {

namespace {
QString fileOf(const StoreHit &h)
{
    return h.metadata.value(QStringLiteral("file_name")).toString();
}

int pageOf(const StoreHit &h)
{
    return h.metadata.value(QStringLiteral("page")).toInt();
}
} // namespace

QJsonObject RetrievalResult::chromaShape() const
{
    QJsonArray ids, documents, metadatas, distances;
    for (const StoreHit &h : hits) {
        ids.append(h.id);
        documents.append(h.text);
        metadatas.append(h.metadata);
        distances.append(std::isnan(h.distance) ? QJsonValue() : QJsonValue(h.distance));
    }
    return QJsonObject{{QStringLiteral("ids"), QJsonArray{ids}},
                       {QStringLiteral("documents"), QJsonArray{documents}},
                       {QStringLiteral("metadatas"), QJsonArray{metadatas}},
                       {QStringLiteral("distances"), QJsonArray{distances}}};
}

QVector<SourceRef> RetrievalResult::sources(int snippetChars) const
{
    QVector<SourceRef> out;
    QSet<QString> seen;
    for (const StoreHit &h : hits) {
        SourceRef s;
        s.documentId = h.documentId;
        s.fileName = fileOf(h);
        s.page = pageOf(h);
        const QString key = s.documentId + QLatin1Char('#') + QString::number(s.page);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString snippet = h.text.simplified();
        if (snippet.size() > snippetChars) {
            snippet.truncate(snippetChars);
            const qsizetype space = snippet.lastIndexOf(QLatin1Char(' '));
            if (space > snippetChars / 2)
                snippet.truncate(space);
            snippet += QChar(0x2026);
        }
        s.snippet = snippet;
        out.push_back(s);
    }
    return out;
}

QVector<ContextPassage> RetrievalResult::passages() const
{
    QVector<ContextPassage> out;
    for (const StoreHit &h : hits) {
        ContextPassage p;
        p.text = h.text;
        p.source = fileOf(h);
        p.page = pageOf(h);
        p.score = similarity(h);
        out.push_back(p);
    }
    return out;
}

double RetrievalResult::similarity(const StoreHit &hit)
{
    return std::isnan(hit.distance) ? 0.0 : 1.0 - hit.distance / 2.0; // squared L2 of unit vectors
}

QVector<CitedPassage> RetrievalResult::cited(const QString &tool) const
{
    QVector<CitedPassage> out;
    for (const StoreHit &h : hits) {
        CitedPassage c;
        c.tool = tool;
        c.documentId = h.documentId;
        c.fileName = fileOf(h);
        c.path = h.metadata.value(QStringLiteral("source_path")).toString();
        c.page = pageOf(h);
        c.score = h.relevance >= 0 ? h.relevance : similarity(h); // what the order was decided by
        c.passage = h.text;
        out.push_back(c);
    }
    return out;
}

} // namespace aistack
