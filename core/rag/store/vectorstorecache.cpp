#include "vectorstorecache.h"

#include "storefactory.h"
#include "vectorstore.h"

namespace aistack {

std::shared_ptr<VectorStore> VectorStoreCache::open(const VectorDbConfig &config, QString *error)
{
    const QString key = QStringList{config.provider,
                                    config.kind,
                                    config.path.value_or(QString()),
                                    config.host.value_or(QString()),
                                    QString::number(config.port.value_or(0)),
                                    config.secure ? QStringLiteral("s") : QString()}
                            .join(QChar(0x1f));
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_stores.constFind(key); it != m_stores.constEnd())
        return *it;
    std::shared_ptr<VectorStore> store = openVectorStore(config, error);
    if (store)
        m_stores.insert(key, store);
    return store;
}

} // namespace aistack
