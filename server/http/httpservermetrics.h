#pragma once

#include "metrics/metricsregistry.h"

namespace aistack {

// The server's own figures in the shared registry: the Lightspeed ls_rest_api_* series and
// aistack_http_* connection, request and byte counts.
class HttpServerMetrics
{
public:
    explicit HttpServerMetrics(MetricsRegistry &registry);

    Counter *restApiCalls;       // ls_rest_api_calls_total{path,status_code}
    Histogram *responseDuration; // ls_response_duration_seconds{path}
    Counter *requests;           // aistack_http_requests_total{method,status_code}
    Gauge *openConnections;      // aistack_http_open_connections
    Counter *connections;        // aistack_http_connections_total
    Gauge *inFlight;             // aistack_http_requests_in_flight
    Counter *receivedBytes;      // aistack_http_received_bytes_total
    Counter *sentBytes;          // aistack_http_sent_bytes_total
    Counter *rejected;           // aistack_http_rejected_total{reason}
    Gauge *webSockets;           // aistack_websocket_connections
};

} // namespace aistack
