#pragma once

// What the KISS black-box suites share: the token key the server is started with, hand-made claims, the
// exact bodies the original serialises, and a WebSocket client that keeps every frame.
#include "kissclient.h"
#include "kisstestconfig.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

namespace aistack::test {

inline const QByteArray kKissKey = "kiss-blackbox-key-0123456789-0123456789-0123456789";
inline const QString kGreeting = QStringLiteral("Greetings!");

// Starts a suite's server on kissConfig() with the test key: sessions in SQLite, or in their own schema of
// the PostgreSQL cluster with AISTACK_KISS_DB=postgres. Returns what went wrong, or nothing.
inline QString startKissServer(KissDatabase &db, HeadlessProcess &app, const QString &schema)
{
    QString error;
    if (!db.start(&error))
        return error;
    app.setEnv(QStringLiteral("ACCESS_TOKEN_SECRET_KEY"), QString::fromLatin1(kKissKey));
    return db.startServer(app, kissConfig(), schema);
}

inline qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

inline QJsonObject claimsFor(const QString &sub, const QString &scope, qint64 exp)
{
    return {
        {QStringLiteral("sub"), sub}, {QStringLiteral("scope"), scope}, {QStringLiteral("exp"), double(exp)}};
}

inline QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

// The exact bytes of a GenericResponseBody without extras, as the original serialises it.
inline QByteArray plainBody(const QString &stackId, const QString &result)
{
    return "{\"stack_id\":\"" + stackId.toUtf8() + "\",\"result\":\"" + result.toUtf8() +
           "\",\"extras\":null}";
}

// A WebSocket client that collects every text frame.
struct WsClient
{
    QWebSocket ws;
    QStringList frames;
    WsClient()
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived,
                         [this](const QString &t) { frames.append(t); });
    }
    bool open(const QNetworkRequest &request)
    {
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(request);
        return connected.wait(10000);
    }
    // Sends a frame and waits for the next reply frame.
    QJsonObject call(const QByteArray &frame, int timeoutMs = 60000)
    {
        const int before = int(frames.size());
        ws.sendTextMessage(QString::fromUtf8(frame));
        if (!waitFor(before + 1, timeoutMs))
            return {};
        return QJsonDocument::fromJson(frames.at(before).toUtf8()).object();
    }
    bool waitFor(int count, int timeoutMs = 60000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (frames.size() < count && !deadline.hasExpired() &&
               ws.state() == QAbstractSocket::ConnectedState)
            QTest::qWait(5);
        return frames.size() >= count;
    }
};

inline QJsonObject errorFrame(int status, const QString &detail)
{
    return {{QStringLiteral("error"), true},
            {QStringLiteral("status_code"), status},
            {QStringLiteral("detail"), detail}};
}

} // namespace aistack::test
