#include "feedbackdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aistack {

QVector<QPair<QString, QString>> FeedbackDialog::allCategories()
{
    return {{QStringLiteral("incorrect"), tr("Incorrect")},
            {QStringLiteral("not_relevant"), tr("Not relevant")},
            {QStringLiteral("incomplete"), tr("Incomplete")},
            {QStringLiteral("outdated_information"), tr("Outdated information")},
            {QStringLiteral("unsafe"), tr("Unsafe")},
            {QStringLiteral("other"), tr("Other")}};
}

FeedbackDialog::FeedbackDialog(int sentiment, QWidget *parent) : QDialog(parent), m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(sentiment > 0 ? tr("Good answer") : tr("Bad answer"));
    auto *intro = new QLabel(sentiment > 0 ? tr("What was good about it? (optional)")
                                           : tr("What was wrong with it? (optional)"),
                             this);
    auto *group = new QGroupBox(tr("Categories"), this);
    auto *grid = new QGridLayout(group);
    const auto categories = allCategories();
    for (int i = 0; i < categories.size(); ++i) {
        auto *box = new QCheckBox(categories[i].second, group);
        box->setObjectName(QStringLiteral("category_") + categories[i].first);
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.push_back({categories[i].first, box});
    }
    group->setVisible(sentiment < 0); // categories describe what went wrong
    m_comment->setObjectName(QStringLiteral("feedbackComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send feedback"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(group);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    resize(420, sentiment < 0 ? 320 : 220);
}

QStringList FeedbackDialog::categories() const
{
    QStringList out;
    for (const auto &[name, box] : m_boxes)
        if (box->isChecked() && box->isVisibleTo(this))
            out << name;
    return out;
}

QString FeedbackDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace aistack
