#pragma once

#include "config/appconfig.h"

#include <QDateTime>
#include <QMutex>
#include <memory>

namespace aistack {

// The stack configuration new sessions are built from. It follows the configuration file: when the file
// has changed since it was last read, the next init reads it again, so edits apply to new inits without a
// restart while running stacks keep the configuration they were built with. The desktop's stack pane sets
// it directly. Thread-safe.
class StackConfigSource
{
public:
    // file: the configuration file to follow; empty or a Qt resource (":/...") means fixed. Without an
    // initial configuration the file is read on first use (a stack-only file such as STACK_CONFIG).
    StackConfigSource(std::optional<StackConfig> initial, QString file);

    // The current configuration, or nullptr and *error (naming the file and line) when the file is broken
    // or holds no stack: section.
    std::shared_ptr<const StackConfig> current(QString *error);
    // The configuration new stacks were last built from, without looking at the file (never blocks).
    std::shared_ptr<const StackConfig> latest() const;
    // Puts a configuration in force (nullopt: a file without a stack: section, so new inits fail with a
    // clear message). From then on the file is no longer followed: the desktop applies its edits explicitly.
    void set(const std::optional<StackConfig> &config);
    // Stops following the file (the desktop saved it without applying it: new inits keep the configuration
    // in force).
    void stopFollowingFile();

private:
    struct Stamp
    {
        QDateTime modified;
        qint64 size = -1;
        bool operator==(const Stamp &o) const { return modified == o.modified && size == o.size; }
    };
    Stamp stampOf() const;

    QString m_file;
    mutable QMutex m_mutex;
    std::shared_ptr<const StackConfig> m_config;
    QString m_error;
    Stamp m_stamp;
};

} // namespace aistack
