#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace aistack {

// One file the desktop adds to a rag tool's collection, from the moment it is queued: a row of the
// `ingest_item` table, plus the stage it is in while it is worked on.
struct IngestItem
{
    enum class State {
        Queued,    // waiting (also after a restart, for files that were not finished)
        Parsing,   // being read, parsed and cut into chunks
        Embedding, // chunks being embedded
        Storing,   // being written to the vector store
        Stored,    // in the collection: retrieval finds it
        Failed,    // could not be read, parsed, embedded or stored: error says why; can be retried
        Skipped,   // not a document aistack reads (error says why); never queued
        Cancelled, // the person cancelled before it was stored; can be retried
        Removed,   // the person removed it (or its watched file was deleted): its chunks left the store
    };

    qint64 id = 0;
    QString tool; // the rag tool whose collection it goes to
    QString path; // the local file
    QString name; // the file name shown
    qint64 bytes = 0;
    qint64 modifiedAt = 0; // the file's modification time (ms since the epoch) when it was queued
    State state = State::Queued;
    QString error;
    QString documentId; // once stored: the store's id for this content
    int chunks = 0;     // once parsed: how many chunks it has
    int chunksDone = 0; // while embedding
    int pages = 0;      // PDF pages
    QString format;     // "pdf", "markdown", ... once parsed; else from the file name
    bool unchanged = false; // stored earlier with the same content: not parsed again
    QDateTime queuedAt;
    QDateTime updatedAt;

    bool isActive() const { return state == State::Parsing || state == State::Embedding || state == State::Storing; }
    bool isFinished() const { return !isActive() && state != State::Queued; }
    bool canRetry() const { return state == State::Failed || state == State::Cancelled; }

    static QString stateName(State state); // as stored: "queued", "stored", ...
    static State stateFrom(const QString &name);
};

// How the queue is doing, for a progress bar a person can trust: counted since the queue last started
// working after being idle.
struct IngestProgress
{
    bool running = false;
    int filesTotal = 0;   // queued in this run
    int filesDone = 0;    // stored, failed or cancelled
    int filesFailed = 0;
    int filesUnchanged = 0;
    qint64 chunksDone = 0;  // chunks embedded
    qint64 chunksKnown = 0; // chunks of the files parsed so far
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
    double filesPerSecond = 0;
    double chunksPerSecond = 0;
    int etaSeconds = -1; // -1: not known yet
    QString currentFile;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::IngestItem)
Q_DECLARE_METATYPE(aistack::IngestProgress)
