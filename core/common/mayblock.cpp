#include "mayblock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

namespace aistack {

void assertMayBlock(const char *function)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    // The headless process's main thread runs no widgets; only a GUI application's main thread counts.
    if (!app->inherits("QGuiApplication"))
        return;
    qWarning("blocking call on the GUI thread: %s", function);
    Q_ASSERT_X(false, function, "blocking call on the GUI thread");
}

} // namespace aistack
