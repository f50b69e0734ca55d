#pragma once

#include "ingestjob.h"

#include <atomic>
#include <functional>

namespace aistack {

// A file parsed, chunked and embedded, waiting to be stored; or why it could not be.
struct StagedDocument
{
    IngestedFile result;
    PreparedDocument doc;
    bool ready = false; // parsed and embedded: store it
};

// The two stages of ingesting one file, for the pipeline and the desktop's ingestion queue. Blocking: for
// worker threads.

// Parses, chunks and embeds. onChunks(done, total) follows the embedding, from (0, total) once the file is
// parsed; it may be empty.
StagedDocument prepareAndEmbed(const IngestFile &file, const IngestTarget &target, const std::atomic<bool> *cancelled,
                               const std::function<void(int, int)> &onChunks);

// Stores a staged document (one unit: all of its chunks or none); sets result.stored or result.error.
void storeStaged(StagedDocument &staged, const IngestTarget &target);

// The message of a file whose ingestion was cancelled.
QString cancelledIngestMessage(const QString &file);

} // namespace aistack
