#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aistack {

class KeychainWriter;
class WrappedLabel;

// Stores an API key in the system keychain (service "aistack") and hands back the entry's name, for the
// pane to write `keychain:NAME` into the YAML. The key is typed into a password field, never shown and
// never logged; it is cleared from the field once stored. Where no keychain service answers, the dialog
// says so and stores nothing. Nothing blocks: the keychain answers asynchronously.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretDialog(const QString &suggestedName, QWidget *parent = nullptr);

    // The entry stored (valid once the dialog is accepted).
    QString entryName() const;
    // The state the dialog shows: checking, no keychain, ready, storing (for tests).
    QString statusText() const;
    bool keychainAvailable() const { return m_available; }

private:
    void updateButtons();
    void setStatus(const QString &text, bool error);
    void store();

    KeychainWriter *m_keychain;
    QLineEdit *m_name;
    QLineEdit *m_secret;
    WrappedLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_store;
    bool m_checked = false;
    bool m_available = false;
    bool m_storing = false;
};

} // namespace aistack
