#pragma once

#include <QByteArray>
#include <QString>

namespace aistack::UserDataFile {

// Writes `content` to dir/fileName atomically (a temporary file in the same folder, then rename), creating
// dir and its parents first. On failure, *error reads like the original's Python OSError text, e.g.
// "[Errno 13] Permission denied: '/invalid'".
bool write(const QString &dir, const QString &fileName, const QByteArray &content, QString *error);

// A path component a client gave (user or conversation id) made safe to use as one folder name.
QString safeComponent(const QString &text);

} // namespace aistack::UserDataFile
