#include "timeordereduuid.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace aistack {

QString newTimeOrderedUuid()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xffffffffffffULL;
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = static_cast<unsigned char>(random[i / 8] >> (8 * (i % 8)));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace aistack
