#pragma once

#include <QByteArray>
#include <QString>

namespace aistack {

// One field of a CSV file (RFC 4180), in UTF-8: quoted when it holds a comma, a quote or a line break, its
// quotes doubled. Every export of the app writes its fields through this.
QByteArray csvField(const QString &text);

} // namespace aistack
