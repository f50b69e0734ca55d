#include "userdatafile.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aistack::UserDataFile {

namespace {
QString osError(int code, const QString &path)
{
    return QStringLiteral("[Errno %1] %2: '%3'")
        .arg(code)
        .arg(QString::fromLocal8Bit(std::strerror(code)), path);
}

// mkdir -p, reporting the first folder that cannot be created as Python's os.makedirs does.
bool makePath(const QString &dir, QString *error)
{
    const QString clean = QDir::cleanPath(dir);
    QStringList missing;
    QString at = clean;
    struct stat st
    {
    };
    while (!at.isEmpty() && ::stat(QFile::encodeName(at).constData(), &st) != 0) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0755) != 0 && errno != EEXIST) {
            *error = osError(errno, path);
            return false;
        }
    }
    return true;
}
} // namespace

bool write(const QString &dir, const QString &fileName, const QByteArray &content, QString *error)
{
    if (!makePath(dir, error))
        return false;
    const QString target = QDir(dir).filePath(fileName);
    const QString temp = QDir(dir).filePath(
        QStringLiteral(".%1.%2.tmp").arg(fileName, QUuid::createUuid().toString(QUuid::Id128)));
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = osError(errno, target);
        return false;
    }
    qint64 written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = osError(errno, target);
            ::close(fd);
            ::unlink(tempName.constData());
            return false;
        }
        written += n;
    }
    if (::close(fd) != 0) {
        *error = osError(errno, target);
        ::unlink(tempName.constData());
        return false;
    }
    if (::rename(tempName.constData(), QFile::encodeName(target).constData()) != 0) {
        *error = osError(errno, target);
        ::unlink(tempName.constData());
        return false;
    }
    return true;
}

QString safeComponent(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral(".."), QString());
    s.replace(QLatin1Char('/'), QLatin1Char('_'));
    s.replace(QLatin1Char('\\'), QLatin1Char('_'));
    s.remove(QChar(0));
    return s.isEmpty() ? QStringLiteral("_") : s;
}

} // namespace aistack::UserDataFile
