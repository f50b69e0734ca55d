#pragma once

#include "hosting/hostingsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace aistack {

class DesktopHosting;
class WrappedLabel;

// Where the server listens: loopback, every network or one interface's address; the port; HTTPS (a PEM
// certificate and key, picked as files); the CORS origins. Apply checks the settings (the TLS files on a pool,
// noop authentication beyond loopback) and restarts the server with them; a refusal is shown here and the
// running server is left as it is. Applied settings last for this session; the file is not changed.
class HostingForm : public QWidget
{
    Q_OBJECT
public:
    explicit HostingForm(DesktopHosting *hosting, QWidget *parent = nullptr);

    HostingSettings settings() const; // as the controls say
    void load(const HostingSettings &settings);
    void apply();

    QComboBox *bindCombo() const { return m_bind; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *corsEdit() const { return m_cors; }
    QCheckBox *allowNoopCheck() const { return m_allowNoop; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *noopWarning() const;
    QLabel *errorLabel() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAddresses(const QString &current);
    void updateWarning();
    void showError(const QString &text);
    void applyColours();
    QLineEdit *fileRow(const QString &objectName, const QString &accessibleName, const QString &dialogTitle,
                       const QString &filter, QWidget **row);

    DesktopHosting *m_hosting;
    QComboBox *m_bind;
    QSpinBox *m_port;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_cors;
    WrappedLabel *m_warning;
    QCheckBox *m_allowNoop;
    WrappedLabel *m_error;
    QLabel *m_note;
    QPushButton *m_apply;
    std::optional<QString> m_keyPassword; // from the configuration, carried along unseen
};

} // namespace aistack
