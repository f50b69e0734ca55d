#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace aistack {

// Writes a pane's export on a worker thread, so that a large file or a slow disk never holds the window, and
// atomically (QSaveFile: a temporary file renamed into place, so a reader never sees half a file). The future
// holds the error to show, empty when the file was written.
QFuture<QString> saveInBackground(const QString &path, QByteArray bytes);

} // namespace aistack
