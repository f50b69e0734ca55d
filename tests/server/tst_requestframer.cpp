// Request boundaries and limits, fed in every possible split.
#include "http/requestframer.h"

#include <QtTest>

using namespace aistack;
using V = RequestFramer::Verdict;

class TstRequestFramer : public QObject
{
    Q_OBJECT

    static V feedAll(RequestFramer &f, const QByteArray &data, int step)
    {
        for (int i = 0; i < data.size(); i += step) {
            const V v = f.feed(data.constData() + i, qMin<qint64>(step, data.size() - i));
            if (v != V::Ok)
                return v;
        }
        return V::Ok;
    }

private Q_SLOTS:
    void countsPipelinedRequestsInAnySplit()
    {
        const QByteArray two = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                               "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                               "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
        for (int step : {1, 2, 3, 7, 64, 4096}) {
            RequestFramer f(8192, 1024);
            QCOMPARE(feedAll(f, two, step), V::Ok);
            QCOMPARE(f.completedRequests(), quint64(3));
            QVERIFY(!f.inRequest());
        }
    }

    void halfARequestIsInProgress()
    {
        RequestFramer f(8192, 1024);
        QCOMPARE(feedAll(f, "POST /b HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc", 5), V::Ok);
        QVERIFY(f.inRequest());
        QCOMPARE(f.completedRequests(), quint64(0));
        QCOMPARE(feedAll(f, "defghij", 3), V::Ok);
        QVERIFY(!f.inRequest());
    }

    void declaredBodyOverTheLimitIsRefusedAtTheHeaders()
    {
        RequestFramer f(8192, 1000);
        QCOMPARE(feedAll(f, "POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", 4096), V::BodyTooLarge);
        RequestFramer exact(8192, 1000);
        QCOMPARE(feedAll(exact, "POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n", 4096), V::Ok);
    }

    void chunkedBodyOverTheLimitIsRefused()
    {
        RequestFramer f(8192, 10);
        QCOMPARE(feedAll(f, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n", 3),
                 V::BodyTooLarge);
    }

    void headerBlockOverTheLimitIsRefused()
    {
        RequestFramer f(1024, 1000);
        const QByteArray big = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n";
        QCOMPARE(feedAll(f, big, 100), V::HeaderTooLarge);
        RequestFramer noEnd(1024, 1000);
        QCOMPARE(feedAll(noEnd, "GET / HTTP/1.1\r\nX: " + QByteArray(1100, 'b'), 4096), V::HeaderTooLarge);
    }

    void badContentLengthIsMalformed()
    {
        RequestFramer f(8192, 1000);
        QCOMPARE(feedAll(f, "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 4096), V::Malformed);
        RequestFramer twice(8192, 1000);
        QCOMPARE(feedAll(twice, "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 4096),
                 V::Malformed);
    }

    void expectContinueIsReportedOnceForABodyWithinTheLimit()
    {
        RequestFramer f(8192, 1000);
        QCOMPARE(feedAll(f, "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n", 9),
                 V::Ok);
        QVERIFY(f.takeContinueRequest());
        QVERIFY(!f.takeContinueRequest());
        RequestFramer plain(8192, 1000);
        QCOMPARE(feedAll(plain, "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n", 4096), V::Ok);
        QVERIFY(!plain.takeContinueRequest());
        RequestFramer tooBig(8192, 1000);
        QCOMPARE(
            feedAll(tooBig, "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n", 4096),
            V::BodyTooLarge);
    }

    void webSocketUpgradeStopsTheFraming()
    {
        RequestFramer f(8192, 10);
        QCOMPARE(feedAll(f,
                         "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n" +
                             QByteArray(100, '\x81'),
                         7),
                 V::Ok);
        QVERIFY(f.upgraded());
        QVERIFY(!f.inRequest());
    }
};

QTEST_GUILESS_MAIN(TstRequestFramer)
#include "tst_requestframer.moc"
