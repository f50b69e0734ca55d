#pragma once

#include "config/appconfig.h"
#include "vectorstore.h"

#include <memory>

namespace aistack {

// The store a stack's `vector_db` asks for. `kind` decides: in_memory -> an embedded store in memory,
// storage -> an embedded store in the SQLite file at `path` (a folder gets `aistack-vectors.db` inside),
// remote -> a Chroma server at host:port (https when `secure`). Returns nullptr with *error on failure.
std::shared_ptr<VectorStore> openVectorStore(const VectorDbConfig &config, QString *error);

} // namespace aistack
