#pragma once

// What the GUI suites share: sample documents, waiting on the ingestion queue, API calls over real sockets,
// and a look at every control's accessible name.
#include "desktopfixture.h"
#include "httpclient.h"
#include "rag/desktop/ingestqueue.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

namespace aistack::test {

inline const char *handbookText()
{
    return "# Pump maintenance handbook\n\n## Daily checks\n\nCheck the oil level in the sight glass before the "
           "first start of the day. Top it up with ISO VG 46 hydraulic oil when it is low.\n\n## Replacing the "
           "seal\n\nShut the pump down and close both valves. Replace the mechanical seal and tighten the four "
           "cover bolts crosswise to 25 Nm.\n";
}

inline const char *faqText()
{
    return "Frequently asked questions\n\nHow often should the inlet filter be changed? The inlet filter should "
           "be changed every 500 operating hours, or sooner when the pressure gauge drops by 0.5 bar.\n\nCan the "
           "pump run dry? No. Running dry for more than 30 seconds damages the mechanical seal.\n";
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Queues paths and waits until the queue has nothing left to do.
inline bool ingestAndWait(IngestQueue *queue, const QString &tool, const QStringList &paths, int timeoutMs = 60000)
{
    bool idle = false;
    const auto c = QObject::connect(queue, &IngestQueue::idle, queue, [&idle]() { idle = true; });
    queue->enqueue(tool, paths);
    const bool ok = QTest::qWaitFor([&]() { return idle; }, timeoutMs);
    QObject::disconnect(c);
    return ok;
}

inline HttpReply apiCall(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    HttpClient client(QStringLiteral("127.0.0.1"), port);
    if (!client.connect())
        return {};
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    return client.request(method, path, body, headers, 60000);
}

inline QJsonObject jsonOf(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// The desktop user's id (the noop module's default user) and a conversation's turns as the API returns them.
inline const QByteArray &desktopUser()
{
    static const QByteArray user = "00000000-0000-0000-0000-000";
    return user;
}

inline QJsonArray chatHistory(quint16 port, const QString &conversationId)
{
    return jsonOf(apiCall(port, "GET", "/v1/conversations/" + conversationId.toUtf8() + "?user_id=" + desktopUser()))
        .value(QStringLiteral("chat_history"))
        .toArray();
}

// The controls of a widget tree that a person reaches with the keyboard and that carry no name a screen
// reader can say (no accessible name and no text).
// The outcome of a pane's export written on a worker thread: its error, empty when the file was written.
inline QString written(QFuture<QString> save)
{
    if (!QTest::qWaitFor([&save]() { return save.isFinished(); }, 30000))
        return QStringLiteral("the export did not finish");
    return save.result();
}

inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto describe = [](QWidget *w) {
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->window() != root->window())
            continue; // popups (a combo box's list) are named by their owner
        QString name = w->accessibleName();
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && name.isEmpty())
            name = b->text().isEmpty() ? b->toolTip() : b->text();
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                             qobject_cast<QAbstractItemView *>(w);
        // Line edits inside combo boxes and spin boxes are named by their owner.
        if (control && name.isEmpty() && !qobject_cast<QComboBox *>(w->parentWidget()))
            unnamed << describe(w);
    }
    return unnamed;
}

} // namespace aistack::test
