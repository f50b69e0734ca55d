#include "testroutescontroller.h"

#include "http/router.h"
#include "http/ssestream.h"
#include "http/websocketdispatcher.h"
#include "metrics/metricsregistry.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace aistack {

void TestRoutesController::registerRoutes(Router &router, WebSocketDispatcher &websockets)
{
    Counter *cancelled = m_metrics.counter(QStringLiteral("aistack_test_sse_cancelled_total"),
                                           QStringLiteral("Test SSE streams cancelled by their client"));
    Counter *completed = m_metrics.counter(QStringLiteral("aistack_test_sse_completed_total"),
                                           QStringLiteral("Test SSE streams sent to the end"));
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/_test/sse"), {QStringLiteral("Test: SSE stream")},
        [cancelled, completed](const QHttpServerRequest &req, const ExchangePtr &ex) {
            const QUrlQuery q = req.query();
            const int count = q.queryItemValue(QStringLiteral("count")).toInt();
            const int interval = q.queryItemValue(QStringLiteral("interval_ms")).toInt();
            SseStream *stream = SseStream::open(ex);
            if (!stream)
                return;
            auto *timer = new QTimer(stream);
            timer->setInterval(interval);
            auto sent = std::make_shared<int>(0);
            QObject::connect(stream, &SseStream::cancelled, timer, [timer, cancelled]() {
                timer->stop();
                cancelled->inc();
            });
            QObject::connect(timer, &QTimer::timeout, stream, [stream, timer, sent, count, completed]() {
                if (*sent >= count) {
                    timer->stop();
                    completed->inc();
                    stream->close();
                    return;
                }
                stream->send(
                    QJsonDocument(QJsonObject{{QStringLiteral("id"), *sent}}).toJson(QJsonDocument::Compact));
                ++*sent;
            });
            timer->start();
        });
    QObject *context = m_context;
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/_test/slow"),
               {QStringLiteral("Test: slow reply")},
               [context](const QHttpServerRequest &req, const ExchangePtr &ex) {
                   const int ms = req.query().queryItemValue(QStringLiteral("ms")).toInt();
                   QTimer::singleShot(ms, context, [ex, ms]() {
                       ex->json(200, QJsonObject{{QStringLiteral("slept_ms"), ms}});
                   });
               });
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/_test/echo"),
               {QStringLiteral("Test: echo")}, [](const QHttpServerRequest &req, const ExchangePtr &ex) {
                   const QByteArray type = req.value("content-type");
                   ex->respond(HttpResponse::text(
                       200, type.isEmpty() ? QByteArray("application/octet-stream") : type, req.body()));
               });
    websockets.setHandler(QStringLiteral("/_test/ws"), [](QWebSocket *ws) {
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws,
                         [ws](const QString &message) { ws->sendTextMessage(message); });
        QObject::connect(ws, &QWebSocket::binaryMessageReceived, ws,
                         [ws](const QByteArray &message) { ws->sendBinaryMessage(message); });
    });
}

} // namespace aistack
