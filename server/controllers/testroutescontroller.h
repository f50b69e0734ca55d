#pragma once

class QObject;

namespace aistack {

class MetricsRegistry;
class Router;
class WebSocketDispatcher;

// Routes compiled only into the test build (AISTACK_TEST_ROUTES) so that black-box tests can
// exercise the server runtime's SSE, slow-reply, echo and WebSocket plumbing:
//   GET  /_test/sse?count=N&interval_ms=M  N events, then the end of the stream
//   GET  /_test/slow?ms=M                   answers after M milliseconds
//   POST /_test/echo                        returns the request body
//   WS   /ws                                echoes text and binary messages
// aistack_test_sse_cancelled_total counts streams whose client went away mid-stream.
class TestRoutesController
{
public:
    TestRoutesController(MetricsRegistry &metrics, QObject *context) : m_metrics(metrics), m_context(context)
    {
    }
    void registerRoutes(Router &router, WebSocketDispatcher &websockets);

private:
    MetricsRegistry &m_metrics;
    QObject *m_context;
};

} // namespace aistack
