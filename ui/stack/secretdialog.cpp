#include "secretdialog.h"

#include "config/keychainwriter.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aistack {

SecretDialog::SecretDialog(const QString &suggestedName, QWidget *parent)
    : QDialog(parent), m_keychain(new KeychainWriter(this)), m_name(new QLineEdit(suggestedName, this)),
      m_secret(new QLineEdit(this)), m_status(new WrappedLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("Store an API key in the keychain"));
    setMinimumWidth(460);

    auto *intro = new WrappedLabel(this);
    intro->setContent(tr("The key is kept in the system keychain, not in the file: the file only names the "
                         "entry, as keychain:NAME, and aistack reads the key from the keychain at start."));
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setAccessibleName(tr("Entry name"));
    m_name->setPlaceholderText(tr("e.g. openai-key"));
    m_secret->setObjectName(QStringLiteral("secretValue"));
    m_secret->setAccessibleName(tr("API key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_status->setObjectName(QStringLiteral("secretStatus"));
    m_status->setAccessibleName(tr("Keychain status"));
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4); // the longest message, unclipped

    auto *form = new QFormLayout;
    form->addRow(tr("&Entry name:"), m_name);
    form->addRow(tr("API &key:"), m_secret);

    m_store = m_buttons->addButton(tr("&Store in keychain"), QDialogButtonBox::AcceptRole);
    m_store->setObjectName(QStringLiteral("storeSecretButton"));
    m_store->setDefault(true);
    connect(m_store, &QPushButton::clicked, this, &SecretDialog::store);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SecretDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &SecretDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setStatus(tr("Looking for the system keychain…"), false);
    updateButtons();
    m_keychain->probe([this](bool available, const QString &reason) {
        m_checked = true;
        m_available = available;
        if (available)
            setStatus(tr("The system keychain is ready."), false);
        else
            setStatus(tr("No keychain service is running on this computer (%1), so nothing can be stored. Write "
                         "the key in the file as ${VARIABLE} instead and set that environment variable before "
                         "starting aistack.")
                          .arg(reason),
                      true);
        m_name->setEnabled(available);
        m_secret->setEnabled(available);
        updateButtons();
        (available ? m_secret : static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Cancel)))->setFocus();
    });
}

QString SecretDialog::entryName() const
{
    return m_name->text().trimmed();
}

QString SecretDialog::statusText() const
{
    return m_status->text();
}

void SecretDialog::setStatus(const QString &text, bool error)
{
    m_status->setContent(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? PaletteColors::error(palette()) : PaletteColors::secondary(palette()));
    m_status->setPalette(p);
}

void SecretDialog::updateButtons()
{
    const bool validName = KeychainWriter::isValidName(entryName());
    m_store->setEnabled(m_checked && m_available && !m_storing && validName && !m_secret->text().isEmpty());
    if (m_checked && m_available && !m_storing && !entryName().isEmpty() && !validName)
        setStatus(tr("The entry name may hold letters, digits, '.', '_' and '-' only."), true);
    else if (m_checked && m_available && !m_storing)
        setStatus(tr("The system keychain is ready."), false);
}

void SecretDialog::store()
{
    m_storing = true;
    updateButtons();
    setStatus(tr("Storing…"), false);
    const QString secret = m_secret->text();
    m_keychain->store(entryName(), secret, [this](const QString &error) {
        m_storing = false;
        if (error.isEmpty()) {
            m_secret->clear();
            accept();
            return;
        }
        setStatus(tr("The key was not stored: %1").arg(error), true);
        updateButtons();
    });
}

} // namespace aistack
