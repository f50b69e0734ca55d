#pragma once

#include "config/configerror.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace aistack {

class DesktopStack;
class McpServersPanel;
class WrappedLabel;
class YamlEditor;

// The Stack pane: the configuration file in force in a YAML editor, checked as it is typed (the checks of
// --check-config, on a worker thread, 300 ms after the last key), its problems underlined and listed; Apply
// puts a valid file in force without a restart (new KISS sessions and new chat answers use it; running
// sessions keep theirs until they close or are restarted here), Save writes it atomically with a backup,
// Revert reloads it, Diff shows it against the configuration in force, and a dialog stores API keys in the
// system keychain and writes keychain:NAME into the file.
class StackPane : public QWidget
{
    Q_OBJECT
public:
    explicit StackPane(class DesktopServices *services, QWidget *parent = nullptr);

    YamlEditor *editor() const { return m_editor; }
    McpServersPanel *mcpServers() const { return m_mcp; }
    // Why Apply is disabled (empty when it is enabled).
    QString applyBlockedReason() const { return m_applyReason; }
    // The text last validated matches the editor and the validation is done.
    bool isValidated() const;
    // The editor holds edits that are not in the file.
    bool hasUnsavedEdits() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QByteArray &text, const QByteArray &diskText);
    void loadFromDisk(bool confirm);
    void loadRunning();
    void scheduleValidation();
    void startValidation();
    void showProblems(const ConfigErrors &errors);
    void updateHeader();
    void updateSessions();
    void updateActions();
    void setMessage(const QString &text, bool error);
    void apply();
    void save();
    void showDiff();
    void storeSecret();
    void restartSessions();
    void watchFile();
    void onFileChangedOnDisk();
    QByteArray text() const;
    bool confirmDiscard();

    DesktopStack *m_stack;
    QLabel *m_heading;
    WrappedLabel *m_running;
    WrappedLabel *m_notice;
    QWidget *m_sessionsBar;
    QLabel *m_sessionsLabel;
    QPushButton *m_restart;
    QPushButton *m_apply;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_diff;
    QPushButton *m_secret;
    QLabel *m_validity;
    YamlEditor *m_editor;
    QListWidget *m_problems;
    McpServersPanel *m_mcp;
    QLabel *m_problemsTitle;
    WrappedLabel *m_message;
    QTimer *m_debounce;
    QFileSystemWatcher *m_watcher;

    QByteArray m_diskText;      // the file as last read or written
    QByteArray m_validatedText; // the text of the last finished validation
    bool m_validatedOk = false;
    bool m_validating = false;
    bool m_busy = false; // applying, saving or reading
    bool m_messageIsError = false;
    QString m_applyReason;
};

} // namespace aistack
