#include "composer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace aistack {

PromptEdit::PromptEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("prompt"));
    setAccessibleName(tr("Question"));
    setPlaceholderText(tr("Ask a question (Enter sends, Shift+Enter adds a line)"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PromptEdit::sizeHint() const
{
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 16};
}

void PromptEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
        Q_EMIT submitted();
        return;
    }
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_cancelEdit(new QToolButton(this)), m_edit(new PromptEdit(this)),
      m_models(new QComboBox(this)), m_useDocuments(new QCheckBox(tr("Use my documents"), this)),
      m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("composer"));
    m_banner->setText(tr("Editing the last question: sending keeps the earlier answer as a version."));
    m_banner->setObjectName(QStringLiteral("editBanner"));
    m_cancelEdit->setText(tr("Cancel edit"));
    m_cancelEdit->setAccessibleName(tr("Cancel editing the last question"));
    m_cancelEdit->setAutoRaise(true);
    connect(m_cancelEdit, &QToolButton::clicked, this, [this]() {
        setEditing(false);
        Q_EMIT editCancelled();
    });
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_cancelEdit);

    m_models->setObjectName(QStringLiteral("modelPicker"));
    m_models->setAccessibleName(tr("Model"));
    m_models->setToolTip(tr("The model that answers (the models /v1/models lists)"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_useDocuments->setObjectName(QStringLiteral("useDocuments"));
    m_useDocuments->setToolTip(tr("Answer from the documents added in the Documents pane (retrieval), for this "
                                  "conversation"));
    m_useDocuments->setChecked(true);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setAccessibleName(tr("Send the question"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Model:"), this));
    options->addWidget(m_models);
    options->addSpacing(12);
    options->addWidget(m_useDocuments);
    options->addStretch(1);
    options->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 8);
    layout->setSpacing(4);
    layout->addLayout(bannerRow);
    layout->addWidget(m_edit);
    layout->addLayout(options);

    connect(m_edit, &PromptEdit::submitted, this, &Composer::submit);
    connect(m_send, &QPushButton::clicked, this, [this]() {
        if (m_busy)
            Q_EMIT stopRequested();
        else
            submit();
    });
    setEditing(false);
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::submit()
{
    if (m_busy)
        return;
    const QString question = text().trimmed();
    if (question.isEmpty())
        return;
    Q_EMIT sendRequested(question);
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Stop") : tr("Send"));
    m_send->setAccessibleName(busy ? tr("Stop the answer (Esc)") : tr("Send the question"));
    m_send->setToolTip(busy ? tr("Stop the answer (Esc); what was written is kept") : tr("Send (Enter)"));
    m_models->setEnabled(!busy);
}

void Composer::setEditing(bool editing)
{
    m_editing = editing;
    m_banner->setVisible(editing);
    m_cancelEdit->setVisible(editing);
}

} // namespace aistack
