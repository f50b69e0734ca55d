#include "backgroundsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtConcurrent>

namespace aistack {

QFuture<QString> saveInBackground(const QString &path, QByteArray bytes)
{
    return QtConcurrent::run([path, bytes = std::move(bytes)]() {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return QString();
        return QCoreApplication::translate("aistack::BackgroundSave", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    });
}

} // namespace aistack
