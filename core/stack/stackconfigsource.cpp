#include "stackconfigsource.h"

#include "config/configloader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StackConfigSource)
};

QString noStackMessage(const QString &file)
{
    return Tr::tr("the configuration %1 has no stack: section; add one with at least one tool")
        .arg(file.isEmpty() ? Tr::tr("in use") : file);
}
} // namespace

StackConfigSource::StackConfigSource(std::optional<StackConfig> initial, QString file)
    : m_file(file.startsWith(QLatin1Char(':')) ? QString() : std::move(file))
{
    if (initial) {
        m_config = std::make_shared<const StackConfig>(std::move(*initial));
        m_stamp = stampOf();
    } else {
        m_error = noStackMessage(m_file);
        m_stamp.size = -2; // differs from every file state: the first current() reads the file
    }
}

StackConfigSource::Stamp StackConfigSource::stampOf() const
{
    if (m_file.isEmpty())
        return {};
    const QFileInfo info(m_file);
    return {info.lastModified(), info.exists() ? info.size() : -1};
}

std::shared_ptr<const StackConfig> StackConfigSource::current(QString *error)
{
    QString file;
    Stamp now;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_file.isEmpty()) {
            now = stampOf();
            if (!(now == m_stamp))
                file = m_file;
        }
        if (file.isEmpty()) {
            if (!m_config)
                *error = m_error;
            return m_config;
        }
    }
    // Read without the lock: resolving a keychain: secret can take seconds, and latest(), set() and the
    // other sessions' inits must not wait for it.
    const ConfigLoadResult loaded = ConfigLoader().loadFile(file);
    QMutexLocker lock(&m_mutex);
    if (m_file == file) { // still followed: set() or stopFollowingFile() did not intervene
        m_stamp = now;
        if (!loaded.ok()) {
            m_config.reset();
            m_error = Tr::tr("the stack configuration cannot be used: %1").arg(loaded.errorText());
        } else if (!loaded.config.stack) {
            m_config.reset();
            m_error = noStackMessage(m_file);
        } else {
            m_config = std::make_shared<const StackConfig>(*loaded.config.stack);
            m_error.clear();
        }
    }
    if (!m_config)
        *error = m_error;
    return m_config;
}

std::shared_ptr<const StackConfig> StackConfigSource::latest() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void StackConfigSource::set(const std::optional<StackConfig> &config)
{
    QMutexLocker lock(&m_mutex);
    if (config) {
        m_config = std::make_shared<const StackConfig>(*config);
        m_error.clear();
    } else {
        m_config.reset();
        m_error = noStackMessage(m_file);
    }
    m_file.clear();
}

void StackConfigSource::stopFollowingFile()
{
    QMutexLocker lock(&m_mutex);
    m_file.clear();
}

} // namespace aistack
