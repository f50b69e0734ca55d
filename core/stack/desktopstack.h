#pragma once

#include "config/configloader.h"

#include <QDateTime>
#include <QFuture>
#include <QMutex>
#include <QObject>

class QThreadPool;

namespace aistack {

class ConfigIdentity;
class DocumentLibrary;
class SessionStore;
class StackConfigSource;
class StackEngine;

// A configuration file's text as read from disk, or why it could not be read.
struct ConfigFileText
{
    QByteArray text;
    QString error;
};

// What saving a configuration file did.
struct ConfigSaveResult
{
    QString error;  // empty: written
    QString file;   // the file written
    QString backup; // the previous version, kept beside it (empty when there was none)
};

// What applying a configuration did.
struct ConfigApplyResult
{
    QString error;        // empty: in force
    ConfigErrors errors;  // the problems that kept it from being applied
    QString configId;     // the new configuration in force
    QDateTime appliedAt;
    bool saved = false;   // the text differed from the file and was saved first
    QString backup;       // the file's previous version, when it was saved
    QStringList restartNeeded; // top-level sections that changed but only take effect at the next start
};

// The desktop's handle on the configuration in force, for the Stack pane: validates edited text with the
// checks of --check-config, saves files atomically with a backup, and applies a configuration without a
// restart. Applying puts the new stack: section in force for new KISS sessions (StackConfigSource) and new
// Lightspeed turns (the desktop's DocumentLibrary), and names it in ConfigIdentity; sessions whose stacks were
// built before keep them until they close or are rebuilt (restartOutdated). Lives in the GUI thread; the
// slow work runs on the pools and returns QFutures.
class DesktopStack : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        StackConfigSource *source = nullptr;
        StackEngine *engine = nullptr; // null: no KISS half (sessions are not counted)
        SessionStore *sessions = nullptr; // records the configuration a rebuilt session's stack runs on
        DocumentLibrary *library = nullptr;
        ConfigIdentity *identity = nullptr;
        QThreadPool *pool = nullptr;      // reading, validating, saving
        QThreadPool *stackPool = nullptr; // rebuilding stacks
    };
    // file: the configuration file in force (a Qt resource for the built-in one); dataDir: what relative
    // paths of the built-in configuration are resolved against; userFile: where a copy of the built-in
    // configuration goes (the file the app reads at every start when it exists).
    DesktopStack(Parts parts, QString file, QString dataDir, QString userFile, QObject *parent = nullptr);
    ~DesktopStack() override;

    // The file the Stack pane edits; the built-in configuration until a copy is saved.
    QString file() const;
    bool isBuiltIn() const;
    QString userFile() const { return m_userFile; }
    // The text of the configuration in force (read at start, replaced on apply) and when it was put in force.
    QByteArray runningText() const;
    QString runningId() const;
    QDateTime appliedAt() const;
    // True once a configuration was applied from the pane (until then the one read at start is in force).
    bool wasApplied() const;

    // The checks of --check-config on the text, as if it were file().
    QFuture<ConfigLoadResult> validate(const QByteArray &text) const;
    QFuture<ConfigFileText> readFile() const;
    // Writes text atomically (a temporary file renamed over the old one) to path (empty: file()), keeping
    // the previous version as <path>.bak. Saving the built-in configuration's copy makes its relative paths
    // absolute (they meant the data folder) and makes the copy the edited file. Saving never applies.
    QFuture<ConfigSaveResult> save(const QByteArray &text, const QString &path = {});
    // Validates the text and puts it in force; saves it first when it differs from the file on disk, so
    // the configuration in force is the one the next start reads. Refused for the read-only built-in file.
    QFuture<ConfigApplyResult> apply(const QByteArray &text);

    // Sessions whose stacks were built from an earlier configuration. Does not block.
    int outdatedSessions() const;
    // Rebuilds their stacks from the configuration in force; the result is how many were rebuilt.
    QFuture<int> restartOutdated();

    // Makes relative values of the path keys absolute against baseDir (the copy of the built-in file).
    static QByteArray withAbsolutePaths(const QByteArray &text, const QString &baseDir);
    // Top-level sections other than stack: whose values differ between two configuration texts.
    static QStringList changedSections(const QByteArray &before, const QByteArray &after);

Q_SIGNALS:
    void applied(const QString &configId);
    void fileChanged(const QString &file);
    // A session's stack was built, rebuilt or removed: outdatedSessions() may have changed.
    void sessionsChanged();

private:
    QString baseDirFor(const QString &file) const;
    ConfigSaveResult saveNow(const QByteArray &text, const QString &path);

    Parts m_parts;
    QString m_dataDir;
    QString m_userFile;
    mutable QMutex m_mutex;
    QString m_file;
    QByteArray m_runningText;
    QDateTime m_appliedAt;
    bool m_applied = false;
};

} // namespace aistack
