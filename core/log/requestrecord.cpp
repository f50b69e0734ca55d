#include "requestrecord.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace aistack {

namespace {
// Writes s as UTF-8 at p (room for 3 bytes a character); ASCII, the usual case, one byte at a time.
char *putText(char *p, const QString &s)
{
    const QChar *d = s.constData();
    for (qsizetype i = 0, n = s.size(); i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c >= 0x80) { // the rest the slow way
            const QByteArray rest = QStringView(d + i, n - i).toUtf8();
            std::memcpy(p, rest.constData(), size_t(rest.size()));
            return p + rest.size();
        }
        *p++ = char(c);
    }
    return p;
}

char *putInt(char *p, qint64 v)
{
    return std::to_chars(p, p + 24, v).ptr;
}

char *putDigits(char *p, int v, int digits)
{
    for (int i = digits - 1; i >= 0; --i, v /= 10)
        p[i] = char('0' + v % 10);
    return p + digits;
}
} // namespace

void RequestRecord::appendLogLine(QByteArray &out) const
{
    // client "METHOD path" status 1.23 ms 456 B
    const qsizetype start = out.size();
    out.resize(start + 3 * (client.size() + path.size()) + method.size() + 96);
    char *p = out.data() + start;
    p = putText(p, client);
    *p++ = ' ';
    *p++ = '"';
    p = putText(p, method);
    *p++ = ' ';
    p = putText(p, path);
    *p++ = '"';
    *p++ = ' ';
    p = putInt(p, status);
    *p++ = ' ';
    const qint64 hundredths = qRound64(qMax(0.0, durationMs) * 100);
    p = putInt(p, hundredths / 100);
    *p++ = '.';
    p = putDigits(p, int(hundredths % 100), 2);
    std::memcpy(p, " ms ", 4);
    p += 4;
    p = putInt(p, bytesSent);
    *p++ = ' ';
    *p++ = 'B';
    out.truncate(p - out.constData());
}

QByteArray RequestRecord::toLogLine() const
{
    QByteArray line;
    appendLogLine(line);
    return line;
}

void RequestRecord::appendFileTime(QByteArray &out, qint64 *stampSecond, QByteArray *secondStamp) const
{
    const qint64 ms = when.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (second != *stampSecond) {
        *stampSecond = second;
        *secondStamp = QDateTime::fromSecsSinceEpoch(second, Qt::UTC)
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
                           .toLatin1();
    }
    out += *secondStamp;
    char millis[4];
    putDigits(millis, int(ms - second * 1000), 3);
    millis[3] = 'Z';
    out.append(millis, 4);
}

QByteArray RequestRecord::toFileLine() const
{
    QByteArray line;
    qint64 second = std::numeric_limits<qint64>::min();
    QByteArray stamp;
    appendFileTime(line, &second, &stamp);
    line += ' ';
    appendLogLine(line);
    return line;
}

bool RequestRecord::fromFileLine(const QByteArray &line, RequestRecord *out)
{
    // 2026-01-02T03:04:05.678Z 127.0.0.1 "GET /path" 200 0.12 ms 20 B
    const int timeEnd = line.indexOf(' ');
    const int clientEnd = timeEnd < 0 ? -1 : line.indexOf(' ', timeEnd + 1);
    const int tail = line.lastIndexOf("\" ");
    if (clientEnd < 0 || tail < clientEnd || line.at(clientEnd + 1) != '"')
        return false;
    const QByteArray request = line.mid(clientEnd + 2, tail - clientEnd - 2);
    const int methodEnd = request.indexOf(' ');
    const QList<QByteArray> figures = line.mid(tail + 2).split(' '); // status, ms, "ms", bytes, "B"
    if (methodEnd <= 0 || figures.size() != 5)
        return false;
    RequestRecord r;
    r.when = QDateTime::fromString(QString::fromLatin1(line.left(timeEnd)), Qt::ISODateWithMs);
    r.client = QString::fromUtf8(line.mid(timeEnd + 1, clientEnd - timeEnd - 1));
    r.method = QString::fromLatin1(request.left(methodEnd));
    r.path = QString::fromUtf8(request.mid(methodEnd + 1));
    bool statusOk = false, msOk = false, bytesOk = false;
    r.status = figures.at(0).toInt(&statusOk);
    r.durationMs = figures.at(1).toDouble(&msOk);
    r.bytesSent = figures.at(3).toLongLong(&bytesOk);
    if (!r.when.isValid() || !statusOk || !msOk || !bytesOk)
        return false;
    *out = r;
    return true;
}

} // namespace aistack
