#include "desktopfixture.h"

#include "config/configloader.h"
#include "embeddedserver.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QTest>
#include <QTimer>

namespace aistack::test {

DesktopFixture::DesktopFixture() = default;

DesktopFixture::~DesktopFixture()
{
    m_window.reset();
    m_services.reset();
}

quint16 DesktopFixture::port() const
{
    return quint16(m_services->server->status().port);
}

bool DesktopFixture::start(const QByteArray &configYaml, QString *error, int timeoutMs)
{
    const QString file = m_dir.filePath(QStringLiteral("aistack.yaml"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(configYaml) != configYaml.size()) {
        *error = f.errorString();
        return false;
    }
    f.close();
    ConfigLoadResult loaded = ConfigLoader().loadFile(file);
    if (!loaded.ok()) {
        *error = loaded.errorText();
        return false;
    }
    loaded.config.service.host = QStringLiteral("127.0.0.1");
    loaded.config.service.port = 0;
    m_services = std::make_unique<AppServices>(std::make_shared<AppConfig>(loaded.config), m_dir.path());
    if (!m_services->startupError.isEmpty()) {
        *error = m_services->startupError;
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_window->resize(1280, 800);
    m_window->show();
    bool ready = false;
    m_services->prepareStorage(m_window.get(), [this, &ready]() {
        m_services->server->start();
        ready = true;
    });
    if (!QTest::qWaitFor([&]() { return ready && m_services->server->status().state == ServerStatus::State::Listening; },
                         timeoutMs)) {
        *error = QStringLiteral("the database or the server did not start: %1").arg(m_services->server->status().error);
        return false;
    }
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_window->activateWindow(); // keyboard focus, as a person's window has it
    return QTest::qWaitForWindowActive(m_window.get());
}

void answerNextDialog(const std::function<void(QWidget *dialog)> &act, int timeoutMs)
{
    auto *poll = new QTimer(qApp);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, elapsed, act, timeoutMs]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && elapsed->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete elapsed;
        if (modal)
            act(modal);
    });
    poll->start(20);
}

QByteArray desktopConfig(const QByteArray &extra)
{
    return QByteArray(R"(name: Desktop test
database:
  sqlite:
    db_path: app.db
user_data_collection:
  feedback_enabled: true
  feedback_storage: feedback
  transcripts_enabled: false
stack:
  tools:
    - name: general
      role: Answer general questions
      kind: prompt
    - name: documents
      role: Answer questions about the stored documents
      kind: rag
      depth: 4
  vector_db:
    provider: embedded
    kind: storage
    path: vectors.db
)") + extra;
}

} // namespace aistack::test
