// Metrics: Prometheus 0.0.4 text as prometheus_client writes it; thread-safe updates.
#include "metrics/metricsregistry.h"

#include <QThread>
#include <QtTest>

using namespace aistack;

class TstMetricsRegistry : public QObject
{
    Q_OBJECT

    static QStringList sampleLines(const QByteArray &text, const QByteArray &prefix)
    {
        QStringList out;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith(prefix))
                out << QString::fromUtf8(line);
        }
        return out;
    }

private Q_SLOTS:
    void counterWithLabelsAndCreated()
    {
        MetricsRegistry r;
        Counter *c =
            r.counter(QStringLiteral("ls_rest_api_calls_total"), QStringLiteral("REST API calls counter"),
                      {QStringLiteral("path"), QStringLiteral("status_code")});
        c->inc({QStringLiteral("/v1/info"), QStringLiteral("200")});
        c->inc({QStringLiteral("/v1/info"), QStringLiteral("200")});
        c->inc({QStringLiteral("/liveness"), QStringLiteral("200")}, 3);
        const QByteArray text = r.renderPrometheus();
        QVERIFY(text.contains("# HELP ls_rest_api_calls_total REST API calls counter\n"
                              "# TYPE ls_rest_api_calls_total counter\n"));
        QVERIFY(text.contains("ls_rest_api_calls_total{path=\"/v1/info\",status_code=\"200\"} 2.0\n"));
        QVERIFY(text.contains("ls_rest_api_calls_total{path=\"/liveness\",status_code=\"200\"} 3.0\n"));
        QVERIFY(text.contains("# TYPE ls_rest_api_calls_created gauge\n"));
        QCOMPARE(sampleLines(text, "ls_rest_api_calls_created{").size(), 2);
        QCOMPARE(c->total(), 5.0);
        QCOMPARE(r.counter(QStringLiteral("ls_rest_api_calls_total"), QString()), c); // same family
    }

    void histogramBucketsAreCumulative()
    {
        MetricsRegistry r;
        Histogram *h = r.histogram(QStringLiteral("ls_response_duration_seconds"),
                                   QStringLiteral("Response durations"), {QStringLiteral("path")});
        for (double v : {0.001, 0.02, 0.3, 20.0})
            h->observe(v, {QStringLiteral("/x")});
        const QByteArray text = r.renderPrometheus();
        QVERIFY(text.contains("# TYPE ls_response_duration_seconds histogram\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_bucket{path=\"/x\",le=\"0.005\"} 1.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_bucket{path=\"/x\",le=\"0.025\"} 2.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_bucket{path=\"/x\",le=\"0.5\"} 3.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_bucket{path=\"/x\",le=\"10.0\"} 3.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_bucket{path=\"/x\",le=\"+Inf\"} 4.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_count{path=\"/x\"} 4.0\n"));
        QVERIFY(text.contains("ls_response_duration_seconds_sum{path=\"/x\"} 20.321\n"));
        QCOMPARE(sampleLines(text, "ls_response_duration_seconds_bucket{").size(), 15);
    }

    void gaugesAndEscaping()
    {
        MetricsRegistry r;
        Gauge *g =
            r.gauge(QStringLiteral("ls_provider_model_configuration"), QStringLiteral("Configured models"),
                    {QStringLiteral("provider"), QStringLiteral("model")});
        g->set(1, {QStringLiteral("openai"), QStringLiteral("a\"b\\c\nd")});
        g->add(-0.5, {QStringLiteral("x"), QStringLiteral("y")});
        const QByteArray text = r.renderPrometheus();
        QVERIFY(text.contains(
            "ls_provider_model_configuration{provider=\"openai\",model=\"a\\\"b\\\\c\\nd\"} 1.0\n"));
        QVERIFY(text.contains("ls_provider_model_configuration{provider=\"x\",model=\"y\"} -0.5\n"));
        QVERIFY(text.contains("# TYPE process_resident_memory_bytes gauge\n"));
        QVERIFY(sampleLines(text, "process_resident_memory_bytes ")
                    .first()
                    .split(QLatin1Char(' '))
                    .last()
                    .toDouble() > 1e6);
    }

    void concurrentUpdatesAreNotLost()
    {
        MetricsRegistry r;
        Counter *c = r.counter(QStringLiteral("hits_total"), QStringLiteral("hits"), {QStringLiteral("k")});
        Histogram *h = r.histogram(QStringLiteral("lat"), QStringLiteral("lat"));
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([c, h, t]() {
                for (int i = 0; i < 20000; ++i) {
                    c->inc({QString::number(i % 3)});
                    h->observe(0.001 * t);
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(c->total(), 80000.0);
        QCOMPARE(h->count(), quint64(80000));
    }
};

QTEST_GUILESS_MAIN(TstMetricsRegistry)
#include "tst_metricsregistry.moc"
