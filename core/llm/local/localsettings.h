#pragma once

#include <QString>

namespace aistack {

// How a GGUF model runs in process.
struct LocalSettings
{
    QString modelPath;
    QString modelName;    // reported as the model; default: the file's base name
    int contextSize = 0;  // 0 = the model's training context, capped at 8192
    int threads = 0;      // 0 = all cores
    int batchSize = 512;
    double temperature = 0.7; // when a request gives none
};

} // namespace aistack
