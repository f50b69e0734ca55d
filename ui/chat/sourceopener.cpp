#include "sourceopener.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>

namespace aistack {

SourceOpener::Launch SourceOpener::plan(const CitedPassage &source, const QString &desktopId)
{
    Launch l;
    l.url = QUrl::fromLocalFile(source.path);
    const bool pdf = source.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf || source.page <= 0)
        return l;
    const QString id = desktopId.toLower();
    const QString page = QString::number(source.page);
    if (id.contains(QLatin1String("evince")))
        l = {QStringLiteral("evince"), {QStringLiteral("--page-index=") + page, source.path}, l.url};
    else if (id.contains(QLatin1String("okular")))
        l = {QStringLiteral("okular"), {QStringLiteral("-p"), page, source.path}, l.url};
    else if (id.contains(QLatin1String("atril")))
        l = {QStringLiteral("atril"), {QStringLiteral("--page-index=") + page, source.path}, l.url};
    else if (id.contains(QLatin1String("xreader")))
        l = {QStringLiteral("xreader"), {QStringLiteral("--page-index=") + page, source.path}, l.url};
    else if (id.contains(QLatin1String("zathura")))
        l = {QStringLiteral("zathura"), {QStringLiteral("--page=") + page, source.path}, l.url};
    else if (id.contains(QLatin1String("qpdfview")))
        l = {QStringLiteral("qpdfview"), {source.path + QStringLiteral("#") + page}, l.url};
    return l;
}

bool SourceOpener::open(const CitedPassage &source, QString *error)
{
    if (source.path.isEmpty() || !QFileInfo::exists(source.path)) {
        *error = source.path.isEmpty()
                     ? tr("%1 was added without a file on this computer, so it cannot be opened.").arg(source.fileName)
                     : tr("%1 is no longer at %2.").arg(source.fileName, source.path);
        return false;
    }
    const bool pdfPage = source.page > 0 && source.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdfPage) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(source.path)))
            Q_EMIT failed(tr("No application opens %1.").arg(source.fileName));
        return true;
    }
    // Which viewer opens PDFs, asked without waiting; then the page goes on its command line.
    auto *query = new QProcess(this);
    connect(query, &QProcess::finished, this, [this, query, source]() {
        query->deleteLater();
        const Launch l = plan(source, QString::fromUtf8(query->readAllStandardOutput()).trimmed());
        if (!l.program.isEmpty() && QProcess::startDetached(l.program, l.arguments))
            return;
        if (!QDesktopServices::openUrl(l.url))
            Q_EMIT failed(tr("No application opens %1.").arg(source.fileName));
    });
    connect(query, &QProcess::errorOccurred, this, [this, query, source](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        query->deleteLater();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(source.path)))
            Q_EMIT failed(tr("No application opens %1.").arg(source.fileName));
    });
    query->start(QStringLiteral("xdg-mime"), {QStringLiteral("query"), QStringLiteral("default"),
                                             QStringLiteral("application/pdf")});
    return true;
}

} // namespace aistack
