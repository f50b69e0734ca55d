#include "timeordereduuid.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace aistack {

QString timeOrderedUuidAt(qint64 unixMilliseconds)
{
    const quint64 ms = quint64(unixMilliseconds) & 0xffffffffffffULL;
    const quint64 high = QRandomGenerator::global()->generate64();
    const quint64 low = QRandomGenerator::global()->generate64();
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | (high & 0x0f)); // version 7
    bytes[7] = static_cast<unsigned char>(high >> 8);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<unsigned char>(low >> (56 - 8 * i));
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0xf]));
    }
    return text;
}

QString newTimeOrderedUuid()
{
    return timeOrderedUuidAt(QDateTime::currentMSecsSinceEpoch());
}

} // namespace aistack
