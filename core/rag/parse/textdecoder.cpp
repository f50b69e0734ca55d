#include "textdecoder.h"

#include <QStringDecoder>

namespace aistack {

namespace {
bool startsWith(const QByteArray &b, std::initializer_list<unsigned char> prefix)
{
    if (b.size() < qsizetype(prefix.size()))
        return false;
    int i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(b[i++]) != c)
            return false;
    }
    return true;
}

bool decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// Control characters other than tab, line feed, form feed and carriage return.
bool isJunkControl(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b;
}
} // namespace

bool looksBinary(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF}))
        return false; // UTF-16 with BOM: NUL bytes are expected
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype junk = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (isJunkControl(c))
            ++junk;
    }
    return n > 0 && junk * 100 > n * 2; // more than 2 % control characters
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        result.encoding = QStringLiteral("UTF-8");
        result.ok = decodeStrict(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), &result.text);
        return result;
    }
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        const bool le = static_cast<unsigned char>(bytes[0]) == 0xFF;
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.ok = (bytes.size() % 2 == 0) &&
                    decodeStrict(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                 QByteArrayView(bytes).sliced(2), &result.text);
        return result;
    }
    if (looksBinary(bytes))
        return result;
    if (decodeStrict(QStringConverter::Utf8, bytes, &result.text)) {
        result.encoding = QStringLiteral("UTF-8");
    } else {
        result.text = QString::fromLatin1(bytes);
        result.encoding = QStringLiteral("Latin-1");
    }
    result.ok = true;
    return result;
}

} // namespace aistack
