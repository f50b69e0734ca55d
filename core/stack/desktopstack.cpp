#include "desktopstack.h"
#include "common/runonpool.h"

#include "auth/sessionstore.h"
#include "common/contextguard.h"
#include "common/mayblock.h"
#include "config/configidentity.h"
#include "rag/documentlibrary.h"
#include "stackconfigsource.h"
#include "stackengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopStack)
};

ConfigFileText readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    return {f.readAll(), {}};
}
} // namespace

DesktopStack::DesktopStack(Parts parts, QString file, QString dataDir, QString userFile, QObject *parent)
    : QObject(parent), m_parts(parts), m_dataDir(std::move(dataDir)), m_userFile(std::move(userFile)),
      m_file(std::move(file)), m_appliedAt(QDateTime::currentDateTime())
{
    m_runningText = readText(m_file).text; // at start, the file the configuration was just read from
    if (m_parts.engine) {
        // Called on the threads that open and close sessions, possibly while this object goes.
        m_parts.engine->setOnChange([this, guard = ContextGuard::of(this)]() {
            guard->post([this]() { Q_EMIT sessionsChanged(); });
        });
    }
}

DesktopStack::~DesktopStack()
{
    if (m_parts.engine)
        m_parts.engine->setOnChange({});
}

QString DesktopStack::file() const
{
    QMutexLocker lock(&m_mutex);
    return m_file;
}

bool DesktopStack::isBuiltIn() const
{
    return file().startsWith(QLatin1Char(':'));
}

QByteArray DesktopStack::runningText() const
{
    QMutexLocker lock(&m_mutex);
    return m_runningText;
}

QString DesktopStack::runningId() const
{
    return m_parts.identity->current();
}

QDateTime DesktopStack::appliedAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_appliedAt;
}

bool DesktopStack::wasApplied() const
{
    QMutexLocker lock(&m_mutex);
    return m_applied;
}

QString DesktopStack::baseDirFor(const QString &file) const
{
    return file.startsWith(QLatin1Char(':')) ? m_dataDir : QFileInfo(file).absolutePath();
}

QFuture<ConfigLoadResult> DesktopStack::validate(const QByteArray &text) const
{
    const QString source = file();
    const QString base = baseDirFor(source);
    return runOnPool(m_parts.pool,
                     [text, source, base]() { return ConfigLoader().loadText(text, source, base); });
}

QFuture<ConfigFileText> DesktopStack::readFile() const
{
    const QString path = file();
    return runOnPool(m_parts.pool, [path]() { return readText(path); });
}

QByteArray DesktopStack::withAbsolutePaths(const QByteArray &text, const QString &baseDir)
{
    // The keys whose values are paths (see visitPathFields), written as `key: value` on one line.
    static const QRegularExpression pathLine(QStringLiteral(
        "^(\\s*(?:-\\s+)?(?:tls_certificate_path|tls_key_path|library_client_config_path|"
        "feedback_storage|transcripts_storage|db_path|token_secret_file|ca_cert_path|"
        "k8s_ca_cert_path|system_prompt_path|path|model_path)\\s*:\\s*)([\"']?)([^\"'#\\s][^\"'#]*?)"
        "([\"']?)(\\s*(?:#.*)?)$"));
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QRegularExpressionMatch m = pathLine.match(line);
        if (!m.hasMatch())
            continue;
        const QString value = m.captured(3);
        if (QDir::isAbsolutePath(value) || value.startsWith(QLatin1Char(':')) ||
            value.contains(QLatin1String("${")) || value == QLatin1String(":memory:") ||
            value == QLatin1String("null") || value == QLatin1String("~"))
            continue;
        line = m.captured(1) + m.captured(2) + QDir(baseDir).absoluteFilePath(value) + m.captured(4) +
               m.captured(5);
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QStringList DesktopStack::changedSections(const QByteArray &before, const QByteArray &after)
{
    YAML::Node a, b;
    try {
        a = YAML::Load(before.toStdString());
        b = YAML::Load(after.toStdString());
    } catch (const YAML::Exception &) {
        return {};
    }
    QStringList keys;
    QSet<QString> seen;
    for (const YAML::Node *root : {&a, &b}) {
        if (!root->IsMap())
            continue;
        for (const auto &entry : *root) {
            const QString key = QString::fromStdString(entry.first.as<std::string>(""));
            if (!seen.contains(key) && key != QLatin1String("stack")) {
                seen.insert(key);
                keys << key;
            }
        }
    }
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        const std::string k = key.toStdString();
        const YAML::Node x = a.IsMap() ? a[k] : YAML::Node();
        const YAML::Node y = b.IsMap() ? b[k] : YAML::Node();
        const std::string dx = x.IsDefined() && !x.IsNull() ? YAML::Dump(x) : std::string();
        const std::string dy = y.IsDefined() && !y.IsNull() ? YAML::Dump(y) : std::string();
        if (dx != dy)
            changed << key;
    }
    return changed;
}

ConfigSaveResult DesktopStack::saveNow(const QByteArray &text, const QString &path)
{
    AISTACK_BLOCKING();
    ConfigSaveResult result;
    result.file = path;
    if (path.startsWith(QLatin1Char(':'))) {
        result.error = Tr::tr("the built-in configuration is read-only; save a copy instead");
        return result;
    }
    const bool fromBuiltIn = file().startsWith(QLatin1Char(':'));
    const QByteArray bytes = fromBuiltIn ? withAbsolutePaths(text, m_dataDir) : text;
    // The stack in force is what the file held before this save: read it now if no session has yet (a file
    // read on first use, such as STACK_CONFIG's), since the source stops following the file below.
    if (m_parts.source) {
        QString unused;
        m_parts.source->current(&unused);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        const QString backup = path + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            result.error =
                Tr::tr("cannot keep the previous version as %1").arg(QDir::toNativeSeparators(backup));
            return result;
        }
        result.backup = backup;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        result.error = Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return result;
    }
    // From now on the file changes only through this pane's Apply: new sessions must not pick up a file
    // that was saved but not applied.
    if (m_parts.source)
        m_parts.source->stopFollowingFile();
    if (fromBuiltIn || path != file()) {
        {
            QMutexLocker lock(&m_mutex);
            m_file = path;
        }
        QMetaObject::invokeMethod(this, handOff([this, path]() { Q_EMIT fileChanged(path); }),
                                  Qt::QueuedConnection);
    }
    return result;
}

QFuture<ConfigSaveResult> DesktopStack::save(const QByteArray &text, const QString &path)
{
    const QString target = path.isEmpty() ? file() : path;
    return runOnPool(m_parts.pool, [this, text, target]() { return saveNow(text, target); });
}

QFuture<ConfigApplyResult> DesktopStack::apply(const QByteArray &text)
{
    const QString path = file();
    const QString base = baseDirFor(path);
    return runOnPool(m_parts.pool, [this, text, path, base]() {
        AISTACK_BLOCKING();
        ConfigApplyResult result;
        if (path.startsWith(QLatin1Char(':'))) {
            result.error = Tr::tr("the built-in configuration is read-only: save a copy first");
            return result;
        }
        const ConfigLoadResult loaded = ConfigLoader().loadText(text, path, base);
        if (!loaded.ok()) {
            result.errors = loaded.errors;
            result.error = loaded.errors.size() == 1
                               ? Tr::tr("the configuration has a problem")
                               : Tr::tr("the configuration has %1 problems").arg(loaded.errors.size());
            return result;
        }
        if (readText(path).text != text) {
            const ConfigSaveResult saved = saveNow(text, path);
            if (!saved.error.isEmpty()) {
                result.error = saved.error;
                return result;
            }
            result.saved = true;
            result.backup = saved.backup;
        }
        if (m_parts.source)
            m_parts.source->set(loaded.config.stack);
        if (m_parts.library)
            m_parts.library->setStackConfig(loaded.config.stack);
        result.restartNeeded = changedSections(runningText(), text);
        result.configId = loaded.config.configId;
        result.appliedAt = QDateTime::currentDateTime();
        {
            QMutexLocker lock(&m_mutex);
            m_runningText = text;
            m_appliedAt = result.appliedAt;
            m_applied = true;
        }
        m_parts.identity->set(result.configId);
        const QString id = result.configId;
        QMetaObject::invokeMethod(this, handOff([this, id]() { Q_EMIT applied(id); }), Qt::QueuedConnection);
        return result;
    });
}

int DesktopStack::outdatedSessions() const
{
    return m_parts.engine ? m_parts.engine->outdatedCount() : 0;
}

QFuture<int> DesktopStack::restartOutdated()
{
    StackEngine *engine = m_parts.engine;
    SessionStore *sessions = m_parts.sessions;
    return runOnPool(m_parts.stackPool, [engine, sessions]() {
        AISTACK_BLOCKING();
        if (!engine)
            return 0;
        QString error;
        QStringList owners;
        const int rebuilt = engine->rebuildOutdated(&error, &owners);
        if (!error.isEmpty())
            qWarning().noquote() << "stack: sessions could not be rebuilt:" << error;
        for (const QString &owner : std::as_const(owners)) {
            QString message;
            if (sessions && !sessions->setStackInitialized(owner, true, &message))
                qWarning().noquote() << "stack: the session's configuration was not recorded:" << message;
        }
        return rebuilt;
    });
}

} // namespace aistack
