#include "localmodelpool.h"

#include <QFileInfo>

#ifdef AISTACK_HAVE_LLAMA
#include "localengine.h"
#endif

namespace aistack {

bool LocalModelPool::available()
{
#ifdef AISTACK_HAVE_LLAMA
    return true;
#else
    return false;
#endif
}

std::shared_ptr<LocalEngine> LocalModelPool::engine(const LocalSettings &settings)
{
#ifdef AISTACK_HAVE_LLAMA
    const QFileInfo file(settings.modelPath);
    const QString key = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    QMutexLocker lock(&m_mutex);
    if (auto existing = m_engines.value(key).lock())
        return existing;
    auto engine = std::make_shared<LocalEngine>(settings);
    m_engines.insert(key, engine);
    return engine;
#else
    Q_UNUSED(settings)
    return nullptr;
#endif
}

} // namespace aistack
