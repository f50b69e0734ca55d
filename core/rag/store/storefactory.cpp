#include "storefactory.h"

#include "chromastore.h"
#include "embeddedstore.h"

#include <QDir>
#include <QFileInfo>

namespace aistack {

std::shared_ptr<VectorStore> openVectorStore(const VectorDbConfig &config, QString *error)
{
    if (config.kind == QLatin1String("remote")) {
        ChromaSettings s;
        s.host = config.host.value_or(s.host);
        s.port = config.port.value_or(s.port);
        s.secure = config.secure;
        return std::make_shared<ChromaStore>(s);
    }
    QString path = QStringLiteral(":memory:");
    if (config.kind == QLatin1String("storage") && config.path) {
        path = *config.path;
        if (QFileInfo(path).isDir())
            path = QDir(path).filePath(QStringLiteral("aistack-vectors.db"));
    }
    std::unique_ptr<EmbeddedStore> store = EmbeddedStore::open(path, error);
    if (!store)
        return nullptr;
    return std::shared_ptr<VectorStore>(std::move(store));
}

} // namespace aistack
