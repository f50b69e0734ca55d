#include "codeblock.h"

#include "wrappedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace aistack {

CodeBlock::CodeBlock(QWidget *parent)
    : QFrame(parent), m_language(new QLabel(this)), m_text(new WrappedLabel(this)), m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("codeBlock"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_language->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setText(tr("Copy"));
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_copy->setAccessibleName(tr("Copy code"));
    m_copy->setToolTip(tr("Copy this code to the clipboard"));
    m_copy->setFlat(true);
    m_copy->setCursor(Qt::PointingHandCursor);
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_code);
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [this]() { m_copy->setText(tr("Copy")); });
    });
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Code"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_language);
    header->addStretch(1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_text);
}

void CodeBlock::setCode(const QString &language, const QString &code)
{
    if (m_code == code && m_language->text() == language)
        return;
    m_code = code;
    m_language->setText(language.isEmpty() ? tr("code") : language);
    m_text->setContent(code);
}

} // namespace aistack
