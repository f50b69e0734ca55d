#include "hostingform.h"

#include "hosting/desktophosting.h"
#include "hosting/serverhost.h"
#include "textcolour.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace aistack {

HostingForm::HostingForm(DesktopHosting *hosting, QWidget *parent) : QWidget(parent), m_hosting(hosting)
{
    setObjectName(QStringLiteral("hostingForm"));
    m_bind = new QComboBox(this);
    m_bind->setObjectName(QStringLiteral("bindCombo"));
    m_bind->setAccessibleName(tr("Listen on"));
    m_bind->setToolTip(tr("This computer only keeps the server private; a network address opens it to every "
                          "device that can reach this computer."));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(tr("any free port")) + 48);
    if (auto *field = m_port->findChild<QLineEdit *>())
        field->setAccessibleName(m_port->accessibleName());
    QWidget *certificateRow = nullptr;
    QWidget *keyRow = nullptr;
    m_certificate = fileRow(QStringLiteral("certificateEdit"), tr("TLS certificate"), tr("Choose the TLS certificate"),
                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), &certificateRow);
    m_key = fileRow(QStringLiteral("keyEdit"), tr("TLS private key"), tr("Choose the TLS private key"),
                    tr("PEM keys (*.pem *.key);;All files (*)"), &keyRow);
    m_certificate->setPlaceholderText(tr("none: plain HTTP"));
    m_key->setPlaceholderText(tr("none: plain HTTP"));
    m_cors = new QLineEdit(this);
    m_cors->setObjectName(QStringLiteral("corsEdit"));
    m_cors->setAccessibleName(tr("CORS origins"));
    m_cors->setPlaceholderText(tr("* (any) or https://app.example.com, …"));
    m_cors->setToolTip(tr("Web pages from these origins may call the API from a browser; separate them with commas."));

    m_warning = new WrappedLabel(this);
    m_warning->setObjectName(QStringLiteral("noopWarning"));
    m_warning->setContent(
        tr("Authentication is “noop”: anyone who can reach this computer over the network could act as any "
           "user. The server only listens beyond this computer when you allow it below "
           "(authentication.allow_noop_beyond_loopback), or configure noop-with-token, jwk-token or k8s "
           "authentication in the Stack pane."));
    m_allowNoop = new QCheckBox(tr("Let anyone on the network act as any user"), this);
    m_allowNoop->setObjectName(QStringLiteral("allowNoopCheck"));
    m_error = new WrappedLabel(this);
    m_error->setObjectName(QStringLiteral("hostingError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_note = new QLabel(tr("Applied settings last until the app quits; the configuration file is not changed."),
                        this);
    m_note->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply and restart"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Check the settings, then restart the server with them (Enter in a field)"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Listen on:"), m_bind);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("TLS &certificate:"), certificateRow);
    form->addRow(tr("TLS private &key:"), keyRow);
    form->addRow(tr("C&ORS origins:"), m_cors);
    form->addRow(m_warning);
    form->addRow(m_allowNoop);
    form->addRow(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_apply);
    form->addRow(buttons);

    connect(m_bind, &QComboBox::currentIndexChanged, this, &HostingForm::updateWarning);
    connect(m_apply, &QPushButton::clicked, this, &HostingForm::apply);
    for (QLineEdit *edit : {m_certificate, m_key, m_cors})
        connect(edit, &QLineEdit::returnPressed, this, &HostingForm::apply);
    connect(m_hosting, &DesktopHosting::applyRefused, this, &HostingForm::showError);
    connect(m_hosting, &DesktopHosting::applyAccepted, this, [this]() { showError(QString()); });
    connect(m_hosting->server(), &ServerHost::statusChanged, this, [this](const ServerStatus &status) {
        m_apply->setEnabled(status.state != ServerStatus::State::Starting &&
                            status.state != ServerStatus::State::Stopping);
        if (status.state == ServerStatus::State::Listening)
            load(m_hosting->settings()); // the settings in force (a port of 0 becomes the one chosen)
    });
    applyColours();
    load(m_hosting->settings());
}

QLineEdit *HostingForm::fileRow(const QString &objectName, const QString &accessibleName, const QString &dialogTitle,
                                const QString &filter, QWidget **row)
{
    *row = new QWidget(this);
    auto *edit = new QLineEdit(*row);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), *row);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Choose the file: %1").arg(accessibleName));
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle, filter]() {
        const QString path = QFileDialog::getOpenFileName(this, dialogTitle, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

QLabel *HostingForm::noopWarning() const
{
    return m_warning;
}

QLabel *HostingForm::errorLabel() const
{
    return m_error;
}

void HostingForm::fillAddresses(const QString &current)
{
    const QSignalBlocker block(m_bind);
    m_bind->clear();
    m_bind->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    m_bind->addItem(tr("Every IPv4 network (0.0.0.0)"), QStringLiteral("0.0.0.0"));
    m_bind->addItem(tr("Every network, IPv4 and IPv6 (::)"), QStringLiteral("::"));
    for (const DesktopHosting::NetworkAddress &a : DesktopHosting::networkAddresses()) {
        if (a.loopback || m_bind->findData(a.address) >= 0)
            continue;
        m_bind->addItem(tr("%1 only (%2)").arg(a.interfaceName, a.address), a.address);
    }
    int index = m_bind->findData(current);
    if (index < 0) { // e.g. "localhost" or an address of the configuration
        m_bind->addItem(current, current);
        index = m_bind->count() - 1;
    }
    m_bind->setCurrentIndex(index);
}

void HostingForm::load(const HostingSettings &settings)
{
    fillAddresses(settings.host);
    m_port->setValue(settings.port);
    m_certificate->setText(settings.certificatePath);
    m_key->setText(settings.keyPath);
    m_cors->setText(settings.corsOrigins.join(QStringLiteral(", ")));
    m_allowNoop->setChecked(settings.allowNoopBeyondLoopback);
    m_keyPassword = settings.keyPassword;
    updateWarning();
}

HostingSettings HostingForm::settings() const
{
    HostingSettings s;
    s.host = m_bind->currentData().toString();
    s.port = m_port->value();
    s.certificatePath = m_certificate->text().trimmed();
    s.keyPath = m_key->text().trimmed();
    s.keyPassword = m_keyPassword;
    for (const QString &origin : m_cors->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!origin.trimmed().isEmpty())
            s.corsOrigins << origin.trimmed();
    }
    s.allowNoopBeyondLoopback = m_allowNoop->isChecked();
    return s;
}

void HostingForm::apply()
{
    showError(QString());
    m_hosting->apply(settings());
}

void HostingForm::updateWarning()
{
    const bool exposed = m_hosting->authenticationLetsAnyoneIn() && !isLoopbackHost(m_bind->currentData().toString());
    m_warning->setVisible(exposed);
    m_allowNoop->setVisible(exposed);
}

void HostingForm::showError(const QString &text)
{
    m_error->setContent(text);
    m_error->setVisible(!text.isEmpty());
}

void HostingForm::applyColours()
{
    setTextColour(m_warning, PaletteColors::error(palette()));
    setTextColour(m_error, PaletteColors::error(palette()));
    setTextColour(m_note, PaletteColors::secondary(palette()));
}

void HostingForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

} // namespace aistack
