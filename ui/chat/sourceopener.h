#pragma once

#include "conversations/answerdetails.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace aistack {

// Opens the file a source came from with the desktop's viewer, at the source's page where the viewer takes
// one on its command line (Evince, Okular, Atril, Zathura, qpdfview, Xreader); other viewers open the file.
class SourceOpener : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    struct Launch
    {
        QString program;       // empty: open url with QDesktopServices
        QStringList arguments;
        QUrl url;
    };
    // What opening a source means when the desktop's PDF viewer is desktopId (e.g. "org.gnome.Evince.desktop").
    static Launch plan(const CitedPassage &source, const QString &desktopId);

    // Opens it, without waiting; false and *error at once when the file is not known or gone.
    bool open(const CitedPassage &source, QString *error);

Q_SIGNALS:
    void failed(const QString &message);
};

} // namespace aistack
