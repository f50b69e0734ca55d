#include "httpservermetrics.h"

namespace aistack {

HttpServerMetrics::HttpServerMetrics(MetricsRegistry &r)
    : restApiCalls(r.counter(QStringLiteral("ls_rest_api_calls_total"),
                             QStringLiteral("REST API calls counter"),
                             {QStringLiteral("path"), QStringLiteral("status_code")})),
      responseDuration(r.histogram(QStringLiteral("ls_response_duration_seconds"),
                                   QStringLiteral("Response durations"), {QStringLiteral("path")})),
      requests(r.counter(QStringLiteral("aistack_http_requests_total"),
                         QStringLiteral("HTTP requests answered"),
                         {QStringLiteral("method"), QStringLiteral("status_code")})),
      openConnections(r.gauge(QStringLiteral("aistack_http_open_connections"),
                              QStringLiteral("Client connections open now"))),
      connections(r.counter(QStringLiteral("aistack_http_connections_total"),
                            QStringLiteral("Client connections accepted"))),
      inFlight(r.gauge(QStringLiteral("aistack_http_requests_in_flight"),
                       QStringLiteral("Requests received and not yet answered"))),
      receivedBytes(r.counter(QStringLiteral("aistack_http_received_bytes_total"),
                              QStringLiteral("Bytes received from HTTP clients"))),
      sentBytes(r.counter(QStringLiteral("aistack_http_sent_bytes_total"),
                          QStringLiteral("Bytes sent to HTTP clients"))),
      rejected(r.counter(QStringLiteral("aistack_http_rejected_total"),
                         QStringLiteral("Requests refused by a limit before they reached a route"),
                         {QStringLiteral("reason")})),
      webSockets(r.gauge(QStringLiteral("aistack_websocket_connections"),
                         QStringLiteral("WebSocket connections open now")))
{
}

} // namespace aistack
