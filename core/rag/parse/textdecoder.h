#pragma once

#include <QByteArray>
#include <QString>

namespace aistack {

// Bytes of a text file to a string: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Latin-1.
// Binary data (NUL bytes, many control characters) is refused.
struct DecodedText
{
    bool ok = false;
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Latin-1"
};

DecodedText decodeText(const QByteArray &bytes);

// Whether the bytes look like binary data rather than text in any of the encodings above.
bool looksBinary(const QByteArray &bytes);

} // namespace aistack
