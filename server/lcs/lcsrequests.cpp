#include "lcsrequests.h"

#include "http/errorreplies.h"
#include "lcserrors.h"

#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace aistack::LcsRequests {

namespace {
QJsonArray at(std::initializer_list<QJsonValue> parts)
{
    QJsonArray a{QStringLiteral("body")};
    for (const QJsonValue &p : parts)
        a.append(p);
    return a;
}

QJsonObject item(const QString &type, const QJsonArray &loc, const QString &msg, const QJsonValue &input,
                 const QJsonObject &ctx = {})
{
    return ErrorReplies::validationItem(type, loc, msg, input, ctx);
}

QJsonObject missing(const QString &field, const QJsonObject &body)
{
    return item(QStringLiteral("missing"), at({field}), QStringLiteral("Field required"), body);
}

QJsonObject notAString(const QJsonArray &loc, const QJsonValue &v)
{
    return item(QStringLiteral("string_type"), loc, QStringLiteral("Input should be a valid string"), v);
}

QJsonObject notAnObject(const QJsonArray &loc, const QJsonValue &v)
{
    return item(QStringLiteral("model_attributes_type"), loc,
                QStringLiteral("Input should be a valid dictionary or object to extract fields from"), v);
}

// A required string field; appends the error and returns false when it is missing or not a string.
bool requiredString(const QJsonObject &body, const QString &key, QString *out, QJsonArray &errors)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined()) {
        errors.append(missing(key, body));
        return false;
    }
    if (!v.isString()) {
        errors.append(notAString(at({key}), v));
        return false;
    }
    *out = v.toString();
    return true;
}

void optionalString(const QJsonObject &body, const QString &key, std::optional<QString> *out,
                    QJsonArray &errors)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString()) {
        errors.append(notAString(at({key}), v));
        return;
    }
    *out = v.toString();
}

// pydantic's lax bool: true/false, 0/1, and the usual strings.
void optionalBool(const QJsonObject &body, const QString &key, bool *out, QJsonArray &errors)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined())
        return;
    if (v.isBool()) {
        *out = v.toBool();
        return;
    }
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) {
        *out = v.toDouble() == 1;
        return;
    }
    if (v.isString()) {
        static const QStringList yes{QStringLiteral("1"),    QStringLiteral("on"), QStringLiteral("t"),
                                     QStringLiteral("true"), QStringLiteral("y"),  QStringLiteral("yes")};
        static const QStringList no{QStringLiteral("0"),     QStringLiteral("off"), QStringLiteral("f"),
                                    QStringLiteral("false"), QStringLiteral("n"),   QStringLiteral("no")};
        const QString s = v.toString().toLower();
        if (yes.contains(s) || no.contains(s)) {
            *out = yes.contains(s);
            return;
        }
        errors.append(item(QStringLiteral("bool_parsing"), at({key}),
                           QStringLiteral("Input should be a valid boolean, unable to interpret input"), v));
        return;
    }
    errors.append(
        item(QStringLiteral("bool_type"), at({key}), QStringLiteral("Input should be a valid boolean"), v));
}

void attachments(const QJsonObject &body, QVector<QueryAttachment> *out, QJsonArray &errors)
{
    const QJsonValue v = body.value(QStringLiteral("attachments"));
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        errors.append(item(QStringLiteral("list_type"), at({QStringLiteral("attachments")}),
                           QStringLiteral("Input should be a valid list"), v));
        return;
    }
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue entry = list.at(i);
        if (!entry.isObject()) {
            errors.append(notAnObject(at({QStringLiteral("attachments"), int(i)}), entry));
            continue;
        }
        const QJsonObject a = entry.toObject();
        QueryAttachment attachment;
        bool ok = true;
        const QList<QPair<QString, QString *>> fields{
            {QStringLiteral("attachment_type"), &attachment.attachmentType},
            {QStringLiteral("content_type"), &attachment.contentType},
            {QStringLiteral("content"), &attachment.content}};
        for (const auto &[key, target] : fields) {
            const QJsonValue f = a.value(key);
            const QJsonArray loc = at({QStringLiteral("attachments"), int(i), key});
            if (f.isUndefined()) {
                errors.append(item(QStringLiteral("missing"), loc, QStringLiteral("Field required"), a));
                ok = false;
            } else if (!f.isString()) {
                errors.append(notAString(loc, f));
                ok = false;
            } else {
                *target = f.toString();
            }
        }
        if (ok)
            out->append(attachment);
    }
}

bool isObjectBody(const QJsonValue &body, QJsonArray &errors)
{
    if (body.isObject())
        return true;
    errors.append(notAnObject(QJsonArray{QStringLiteral("body")}, body));
    return false;
}
} // namespace

QJsonArray parseJson(const QByteArray &body, QJsonValue *out)
{
    if (body.trimmed().isEmpty())
        return {item(QStringLiteral("missing"), QJsonArray{QStringLiteral("body")},
                     QStringLiteral("Field required"), QJsonValue::Null)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // A bare scalar is valid JSON that QJsonDocument refuses: it is then not an object.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            *out = wrapped.array().first();
            return {};
        }
        return {item(QStringLiteral("json_invalid"), QJsonArray{QStringLiteral("body"), error.offset},
                     QStringLiteral("JSON decode error"), QJsonObject{},
                     QJsonObject{{QStringLiteral("error"), error.errorString()}})};
    }
    *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return {};
}

bool isUuid(const QString &text)
{
    QString s = text;
    s.remove(QStringLiteral("urn:"));
    s.remove(QStringLiteral("uuid:"));
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    s.remove(QLatin1Char('-'));
    if (s.size() != 32)
        return false;
    for (const QChar c : s)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    return true;
}

QJsonArray parseQuery(const QJsonValue &value, ConversationQuery *out)
{
    QJsonArray errors;
    if (!isObjectBody(value, errors))
        return errors;
    const QJsonObject body = value.toObject();
    requiredString(body, QStringLiteral("query"), &out->query, errors);
    optionalString(body, QStringLiteral("conversation_id"), &out->conversationId, errors);
    if (out->conversationId && !isUuid(*out->conversationId)) {
        errors.append(LcsErrors::valueError(
            at({QStringLiteral("conversation_id")}),
            QStringLiteral("Improper conversation ID '%1'").arg(*out->conversationId), *out->conversationId));
        out->conversationId.reset();
    }
    optionalString(body, QStringLiteral("provider"), &out->provider, errors);
    optionalString(body, QStringLiteral("model"), &out->model, errors);
    optionalString(body, QStringLiteral("system_prompt"), &out->systemPrompt, errors);
    attachments(body, &out->attachments, errors);
    optionalBool(body, QStringLiteral("no_tools"), &out->noTools, errors);
    std::optional<QString> mediaType;
    optionalString(body, QStringLiteral("media_type"), &mediaType, errors);
    static const QSet<QString> known{QStringLiteral("query"),         QStringLiteral("conversation_id"),
                                     QStringLiteral("provider"),      QStringLiteral("model"),
                                     QStringLiteral("system_prompt"), QStringLiteral("attachments"),
                                     QStringLiteral("no_tools"),      QStringLiteral("media_type")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(item(QStringLiteral("extra_forbidden"), at({it.key()}),
                               QStringLiteral("Extra inputs are not permitted"), it.value()));
    }
    if (!errors.isEmpty())
        return errors;
    if (out->provider && !out->model)
        errors.append(
            LcsErrors::valueError(QJsonArray{QStringLiteral("body")},
                                  QStringLiteral("Model must be specified if provider is specified"), body));
    else if (out->model && !out->provider)
        errors.append(
            LcsErrors::valueError(QJsonArray{QStringLiteral("body")},
                                  QStringLiteral("Provider must be specified if model is specified"), body));
    return errors;
}

QJsonArray parseMcpHeaders(const QByteArray &header, QJsonObject *out)
{
    const QJsonArray loc{QStringLiteral("header"), QStringLiteral("mcp-headers")};
    auto refuse = [&](const QString &why) {
        return QJsonArray{
            item(QStringLiteral("value_error"), loc,
                 QStringLiteral("Value error, MCP-HEADERS must be a JSON object like "
                                "{\"<server name or url>\": {\"Authorization\": \"Bearer ...\"}}: ") +
                     why,
                 QString::fromUtf8(header.left(200)))};
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &pe);
    if (pe.error != QJsonParseError::NoError)
        return refuse(pe.errorString());
    if (!doc.isObject())
        return refuse(QStringLiteral("not an object"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isObject())
            return refuse(QStringLiteral("the value of '%1' is not an object").arg(it.key()));
        const QJsonObject headers = it.value().toObject();
        for (auto h = headers.begin(); h != headers.end(); ++h) {
            const QByteArray name = h.key().toUtf8();
            const bool token = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c);
            });
            if (!token || !h.value().isString() || h.value().toString().contains(QLatin1Char('\n')) ||
                h.value().toString().contains(QLatin1Char('\r')))
                return refuse(QStringLiteral("'%1' of '%2' is not a header name with a one-line string value")
                                  .arg(h.key(), it.key()));
        }
    }
    *out = o;
    return {};
}

QJsonArray parseFeedback(const QJsonValue &value, FeedbackEntry *out)
{
    QJsonArray errors;
    if (!isObjectBody(value, errors))
        return errors;
    const QJsonObject body = value.toObject();
    if (requiredString(body, QStringLiteral("conversation_id"), &out->conversationId, errors) &&
        !isUuid(out->conversationId))
        errors.append(LcsErrors::valueError(
            at({QStringLiteral("conversation_id")}),
            QStringLiteral("Improper conversation ID %1").arg(out->conversationId), out->conversationId));
    requiredString(body, QStringLiteral("user_question"), &out->userQuestion, errors);
    requiredString(body, QStringLiteral("llm_response"), &out->llmResponse, errors);

    const QJsonValue sentiment = body.value(QStringLiteral("sentiment"));
    if (!sentiment.isUndefined() && !sentiment.isNull()) {
        const QJsonArray loc = at({QStringLiteral("sentiment")});
        const auto improper = [&](const QString &value) {
            errors.append(LcsErrors::valueError(
                loc, QStringLiteral("Improper sentiment value of %1, needs to be -1 or 1").arg(value),
                sentiment));
        };
        if (sentiment.isBool()) {
            out->sentiment = sentiment.toBool() ? 1 : 0;
        } else if (sentiment.isDouble()) {
            // Whole numbers only; one too large for an int is refused as a value (never converted).
            const double d = sentiment.toDouble();
            if (d != std::trunc(d))
                errors.append(item(
                    QStringLiteral("int_from_float"), loc,
                    QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                    sentiment));
            else if (d < double(std::numeric_limits<int>::min()) ||
                     d > double(std::numeric_limits<int>::max()))
                improper(QString::number(d, 'f', 0));
            else
                out->sentiment = int(d);
        } else if (sentiment.isString()) {
            bool ok = false;
            const int v = sentiment.toString().trimmed().toInt(&ok);
            if (ok)
                out->sentiment = v;
            else
                errors.append(item(
                    QStringLiteral("int_parsing"), loc,
                    QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                    sentiment));
        } else {
            errors.append(item(QStringLiteral("int_type"), loc,
                               QStringLiteral("Input should be a valid integer"), sentiment));
        }
        if (out->sentiment && *out->sentiment != 1 && *out->sentiment != -1) {
            improper(QString::number(*out->sentiment));
            out->sentiment.reset();
        }
    }

    optionalString(body, QStringLiteral("user_feedback"), &out->userFeedback, errors);
    if (out->userFeedback && out->userFeedback->size() > 4096) {
        errors.append(item(QStringLiteral("string_too_long"), at({QStringLiteral("user_feedback")}),
                           QStringLiteral("String should have at most 4096 characters"), *out->userFeedback,
                           QJsonObject{{QStringLiteral("max_length"), 4096}}));
        out->userFeedback.reset();
    }

    const QJsonValue categories = body.value(QStringLiteral("categories"));
    if (!categories.isUndefined() && !categories.isNull()) {
        if (!categories.isArray()) {
            errors.append(item(QStringLiteral("list_type"), at({QStringLiteral("categories")}),
                               QStringLiteral("Input should be a valid list"), categories));
        } else {
            static const QStringList allowed{
                QStringLiteral("incorrect"),  QStringLiteral("not_relevant"),
                QStringLiteral("incomplete"), QStringLiteral("outdated_information"),
                QStringLiteral("unsafe"),     QStringLiteral("other")};
            static const QString expected = QStringLiteral(
                "'incorrect', 'not_relevant', 'incomplete', 'outdated_information', 'unsafe' or 'other'");
            QStringList chosen;
            const QJsonArray list = categories.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonValue c = list.at(i);
                if (!c.isString() || !allowed.contains(c.toString())) {
                    errors.append(item(QStringLiteral("enum"), at({QStringLiteral("categories"), int(i)}),
                                       QStringLiteral("Input should be ") + expected, c,
                                       QJsonObject{{QStringLiteral("expected"), expected}}));
                    continue;
                }
                if (!chosen.contains(c.toString()))
                    chosen << c.toString();
            }
            if (!chosen.isEmpty())
                out->categories = chosen;
        }
    }
    if (!errors.isEmpty())
        return errors;
    if (!out->sentiment && !out->userFeedback && !out->categories)
        errors.append(LcsErrors::valueError(QJsonArray{QStringLiteral("body")},
                                            QStringLiteral("At least one form of feedback must be provided: "
                                                           "'sentiment', 'user_feedback', or 'categories'"),
                                            body));
    return errors;
}

} // namespace aistack::LcsRequests
