#include "kissrequests.h"

#include "http/errorreplies.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace aistack::KissRequests {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KissRequests)
};

KissOutcome invalid(const QJsonObject &item)
{
    return KissOutcome::error(422, QJsonArray{item});
}

KissOutcome stringType(const QJsonArray &loc, const QJsonValue &input)
{
    return invalid(ErrorReplies::validationItem(QStringLiteral("string_type"), loc,
                                                QStringLiteral("Input should be a valid string"), input));
}

QJsonArray loc(std::initializer_list<QJsonValue> parts)
{
    QJsonArray a{QStringLiteral("body")};
    for (const QJsonValue &p : parts)
        a.append(p);
    return a;
}

// A string field that may be null or missing; empty counts as not given, as in the original's checks.
bool optionalString(const QJsonObject &body, const QString &key, std::optional<QString> *out,
                    KissOutcome *error)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = stringType(loc({key}), v);
        return false;
    }
    if (!v.toString().isEmpty())
        *out = v.toString();
    return true;
}
} // namespace

KissOutcome parseBody(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty())
        return invalid(ErrorReplies::validationItem(QStringLiteral("missing"),
                                                    QJsonArray{QStringLiteral("body")},
                                                    QStringLiteral("Field required"), QJsonValue::Null));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(ErrorReplies::validationItem(
            QStringLiteral("json_invalid"), QJsonArray{QStringLiteral("body"), error.offset},
            QStringLiteral("JSON decode error"), QJsonObject{},
            QJsonObject{{QStringLiteral("error"), error.errorString()}}));
    if (!doc.isObject())
        return invalid(ErrorReplies::validationItem(
            QStringLiteral("model_attributes_type"), QJsonArray{QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(QString::fromUtf8(body))));
    *out = doc.object();
    return KissOutcome::success({});
}

KissOutcome parseLogin(const QJsonObject &body, LoginRequest *out)
{
    const QJsonValue scope = body.value(QStringLiteral("scope"));
    if (!scope.isUndefined() && !scope.isNull()) {
        if (!scope.isString() || !scopeFromName(scope.toString()))
            return invalid(ErrorReplies::validationItem(
                QStringLiteral("enum"), loc({QStringLiteral("scope")}),
                QStringLiteral("Input should be 'temporary' or 'persistent'"), scope,
                QJsonObject{{QStringLiteral("expected"), QStringLiteral("'temporary' or 'persistent'")}}));
        out->scope = scope.toString();
    }
    KissOutcome error;
    if (!optionalString(body, QStringLiteral("client_id"), &out->clientId, &error) ||
        !optionalString(body, QStringLiteral("client_secret"), &out->clientSecret, &error))
        return error;
    return KissOutcome::success({});
}

KissOutcome parseQuery(const QJsonObject &body, QString *query)
{
    const QJsonValue q = body.value(QStringLiteral("query"));
    if (q.isUndefined()) {
        *query = QStringLiteral("Greetings!");
        return KissOutcome::success({});
    }
    if (!q.isString())
        return stringType(loc({QStringLiteral("query")}), q);
    *query = q.toString();
    return KissOutcome::success({});
}

QString safeFileName(const QString &name, int index)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    base.remove(unsafe);
    base = base.trimmed();
    if (base == QLatin1String(".") || base == QLatin1String(".."))
        base.clear();
    if (base.size() > 255)
        base = base.left(255);
    return base.isEmpty() ? QStringLiteral("file-%1").arg(index + 1) : base;
}

KissOutcome parseDocuments(const QJsonObject &body, QVector<IngestFile> *files)
{
    const QJsonValue list = body.value(QStringLiteral("files"));
    if (list.isUndefined())
        return invalid(ErrorReplies::validationItem(QStringLiteral("missing"), loc({QStringLiteral("files")}),
                                                    QStringLiteral("Field required"), body));
    if (!list.isArray())
        return invalid(ErrorReplies::validationItem(QStringLiteral("list_type"),
                                                    loc({QStringLiteral("files")}),
                                                    QStringLiteral("Input should be a valid list"), list));
    const QJsonValue metadata = body.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull() && !metadata.isObject())
        return invalid(
            ErrorReplies::validationItem(QStringLiteral("dict_type"), loc({QStringLiteral("metadata")}),
                                         QStringLiteral("Input should be a valid dictionary"), metadata));
    const QJsonArray items = list.toArray();
    if (items.isEmpty())
        return KissOutcome::error(400, Tr::tr("No files given: send at least one {\"name\", \"content\"}"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject())
            return invalid(ErrorReplies::validationItem(
                QStringLiteral("model_attributes_type"), loc({QStringLiteral("files"), int(i)}),
                QStringLiteral("Input should be a valid dictionary or object to extract fields from"), item));
        const QJsonObject file = item.toObject();
        const QJsonValue name = file.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isString())
            return stringType(loc({QStringLiteral("files"), int(i), QStringLiteral("name")}), name);
        const QString label = safeFileName(name.toString(), int(i));
        const QJsonValue content = file.value(QStringLiteral("content"));
        if (content.isUndefined() || content.isNull())
            return KissOutcome::error(400, Tr::tr("%1: the file has no content").arg(label));
        if (!content.isString())
            return KissOutcome::error(
                400, Tr::tr("%1: content must be the file's bytes as base64 text").arg(label));
        const QByteArray text = content.toString().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                               QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || text.size() % 4 == 1)
            return KissOutcome::error(400, Tr::tr("%1: content is not valid base64").arg(label));
        if (decoded.decoded.isEmpty())
            return KissOutcome::error(400, Tr::tr("%1: the file is empty").arg(label));
        IngestFile f;
        f.name = label;
        f.bytes = std::move(decoded.decoded);
        f.metadata = metadata.toObject();
        files->push_back(f);
    }
    return KissOutcome::success({});
}

} // namespace aistack::KissRequests
